// The Portfolio panel's webview: validates what the host posts and hands it to the view. Never imports `vscode`.
import './portfolio.css';
import { isToPortfolioViewMessage } from './portfolioProtocol';
import type { FromPortfolioViewMessage } from './portfolioProtocol';
import { PortfolioView } from './portfolioView';

declare function acquireVsCodeApi(): { postMessage(message: FromPortfolioViewMessage): void };

const vscode = acquireVsCodeApi();
const view = new PortfolioView(document.getElementById('portfolio')!, (m) => vscode.postMessage(m));

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const message = event.data;
  // Only the host's messages, and only well-formed ones: anything else is ignored.
  if (!isToPortfolioViewMessage(message)) {
    console.warn('[xproj portfolio] ignored a malformed or unknown message');
    return;
  }
  if (message.type === 'empty') {
    view.showEmpty(message.text);
  } else {
    view.update(message.model, message.labels, message.today);
  }
});
vscode.postMessage({ type: 'ready' });
