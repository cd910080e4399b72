// The Gantt webview: validates what the host posts and hands it to the view. Never imports `vscode`.
import './view/controls.css';
import './view/gantt.css';
import { MessageType, isToWebviewMessage } from './protocol';
import type { FromWebviewMessage, ToWebviewMessage } from './protocol';
import { GanttView } from './view/ganttView';
import { HeldModel } from './heldModel';
import type { ViewState } from './view/state';

interface VsCodeApi {
  postMessage(message: FromWebviewMessage): void;
  getState(): unknown;
  setState(state: ViewState): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const held = new HeldModel();
const view = new GanttView(document.body, { post: (m) => vscode.postMessage(m), saveState: (s) => vscode.setState(s) }, vscode.getState());

function onMessage(message: ToWebviewMessage): void {
  switch (message.type) {
    case MessageType.Update:
      view.update(held.whole(message.data, message.revision), message.locale);
      break;
    case MessageType.Patch: {
      const model = held.patch(message.base, message.revision, message.data);
      if (model) {
        view.update(model, message.locale);
      } else {
        // Not the model the patch was made from: the host sends the whole model after `ready`.
        vscode.postMessage({ type: MessageType.Ready });
      }
      break;
    }
    case MessageType.Highlight:
      view.setHighlight(message.taskId);
      break;
    case MessageType.EditResult:
      view.editResult(message.messageId, message.ok, message.error);
      break;
  }
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  if (!isToWebviewMessage(event.data)) {
    console.warn('[xproj gantt] ignored a malformed or unknown message', event.data);
    return;
  }
  onMessage(event.data);
});

vscode.postMessage({ type: MessageType.Ready });
