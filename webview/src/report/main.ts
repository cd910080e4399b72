import './report.css';
import { isToReportViewMessage } from './reportProtocol';
import type { FromReportViewMessage } from './reportProtocol';
import { show } from './reportView';

declare function acquireVsCodeApi(): { postMessage(message: unknown): void };

const vscode = acquireVsCodeApi();
const post = (message: FromReportViewMessage): void => vscode.postMessage(message);
const bar = document.getElementById('toolbar')!;
const root = document.getElementById('report')!;

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const message = event.data;
  // Only the host's messages, and only well-formed ones: anything else is ignored.
  if (!isToReportViewMessage(message)) {
    return;
  }
  if (message.type === 'empty') {
    bar.replaceChildren();
    const p = document.createElement('p');
    p.className = 'empty';
    p.textContent = message.text;
    root.replaceChildren(p);
    return;
  }
  show(message, bar, root, post);
});
post({ type: 'ready' });
