import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';

/**
 * The page of a panel's webview: its bundle's script and style from `dist/`, behind one CSP (no
 * inline script; scripts only with the page's nonce; styles, images and fonts from the extension).
 * `body` is the markup the script fills in; it must hold no plan text.
 */
function webviewPage(webview: vscode.Webview, extensionUri: vscode.Uri, bundle: string, body: string): string {
  const nonce = randomBytes(16).toString('base64');
  const dist = vscode.Uri.joinPath(extensionUri, 'dist');
  const script = webview.asWebviewUri(vscode.Uri.joinPath(dist, `${bundle}.js`)).toString();
  const css = webview.asWebviewUri(vscode.Uri.joinPath(dist, `${bundle}.css`)).toString();
  const csp = [
    `default-src 'none'`,
    `style-src ${webview.cspSource}`,
    `img-src ${webview.cspSource} data:`,
    `font-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="${vscode.env.language === 'zh-cn' ? 'zh-CN' : 'en'}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${css}">
</head>
<body>
${body}
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
}

/**
 * A new panel beside the plan showing a bundle's page (see `webviewPage`): scripts on, resources
 * from `dist/` only, the XProj icon. The report and Resources panels open this way.
 */
export function openBesidePanel(extCtx: vscode.ExtensionContext, viewType: string, title: string, bundle: string, body: string): vscode.WebviewPanel {
  const panel = vscode.window.createWebviewPanel(
    viewType,
    title,
    { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
    { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(extCtx.extensionUri, 'dist')] },
  );
  panel.iconPath = vscode.Uri.joinPath(extCtx.extensionUri, 'media', 'gantt.svg');
  panel.webview.html = webviewPage(panel.webview, extCtx.extensionUri, bundle, body);
  return panel;
}
