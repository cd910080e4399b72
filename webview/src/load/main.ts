// The Resources panel's webview: validates what the host posts and hands it to the view. Never imports `vscode`.
import '../view/controls.css';
import './load.css';
import { isToLoadViewMessage } from './loadProtocol';
import type { FromLoadViewMessage } from './loadProtocol';
import { LoadView } from './loadView';
import type { LoadViewState } from './loadView';

declare function acquireVsCodeApi(): { postMessage(message: FromLoadViewMessage): void; getState(): unknown; setState(state: LoadViewState): void };

const vscode = acquireVsCodeApi();
const view = new LoadView(document.getElementById('load')!, { post: (m) => vscode.postMessage(m), saveState: (s) => vscode.setState(s) }, vscode.getState());

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const message = event.data;
  // Only the host's messages, and only well-formed ones: anything else is ignored.
  if (!isToLoadViewMessage(message)) {
    console.warn('[xproj resources] ignored a malformed or unknown message');
    return;
  }
  if (message.type === 'empty') {
    view.showEmpty(message.text);
  } else {
    view.update(message.model, message.labels);
  }
});
vscode.postMessage({ type: 'ready' });
