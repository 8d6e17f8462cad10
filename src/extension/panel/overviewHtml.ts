import * as vscode from 'vscode';

/** A fresh nonce per page, from the platform's cryptographic generator (Node and browsers alike). */
export function nonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The overview page: static markup only. The data arrives as a message and is drawn with text
 * nodes, so nothing a report holds ever becomes HTML. The policy allows the extension's own
 * stylesheet and the one script carrying this page's nonce, and nothing else.
 */
export function overviewHtml(webview: vscode.Webview, media: vscode.Uri, title: string, lang: string): string {
  const n = nonce();
  const src = (file: string) => webview.asWebviewUri(vscode.Uri.joinPath(media, file)).toString();
  const csp = [`default-src 'none'`, `style-src ${webview.cspSource}`, `img-src ${webview.cspSource}`, `script-src 'nonce-${n}'`].join('; ');
  return `<!DOCTYPE html>
<html lang="${lang === 'da' ? 'da' : 'en'}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${src('overview.css')}">
<title>${escapeHtml(title)}</title>
</head>
<body>
<main id="root"></main>
<script nonce="${n}" src="${src('overview.js')}"></script>
</body>
</html>`;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
