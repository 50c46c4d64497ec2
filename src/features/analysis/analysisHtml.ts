// The Analysis panel's page: a strict content security policy (the extension's one script, with a
// nonce; styles from the extension only; images only from the extension and data: for exports),
// controls and regions the webview script fills in. No workspace text is written into this page:
// the script puts it in as text.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';

export function analysisHtml(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  const nonce = randomBytes(16).toString('base64');
  const script = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'analysisView.js'));
  const style = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'analysis.css'));
  const csp = [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src ${webview.cspSource}`,
    `img-src ${webview.cspSource} data: blob:`,
    `font-src ${webview.cspSource}`,
  ].join('; ');
  const save = (what: string, label: string): string => `<button type="button" class="secondary" data-save="${what}">${label}</button>`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style.toString()}">
<title>Analysis</title>
</head>
<body>
<header>
  <label>Unit <select id="unit"><option value="sentence">sentence</option><option value="paragraph">paragraph</option><option value="document">document</option></select></label>
  <label>Entities <input id="top" type="number" min="2" max="300" value="25"></label>
  <label>Documents where <input id="where" type="text" placeholder="country=RUS and year>=2000" spellcheck="false"></label>
  <button type="button" id="apply">Apply</button>
  <span id="status" role="status" aria-live="polite">Counting…</span>
  <span id="filter-error" role="alert"></span>
</header>
<div role="tablist" id="tabs" aria-label="Views">
  <button type="button" role="tab" id="tab-matrix" aria-controls="panel-matrix" aria-selected="true">Matrix</button>
  <button type="button" role="tab" id="tab-network" aria-controls="panel-network" aria-selected="false" tabindex="-1">Network</button>
  <button type="button" role="tab" id="tab-time" aria-controls="panel-time" aria-selected="false" tabindex="-1">Over time</button>
</div>
<section id="panel-matrix" role="tabpanel" aria-labelledby="tab-matrix">
  <div class="tools">
    <label>Colour by <select id="measure"><option value="c">c-coefficient</option><option value="nAB">n_ab (units together)</option></select></label>
    ${save('pairs-csv', 'Export CSV')} ${save('heatmap-svg', 'Export SVG')} ${save('heatmap-png', 'Export PNG')}
    <span class="note">Click a cell, or Open in the table, to list the units behind it. ! marks pairs whose sides differ more than five times in frequency: c understates the tie there.</span>
  </div>
  <div id="heatmap"></div>
  <table id="pairs">
    <thead id="pairs-head"><tr><th data-key="a">a</th><th data-key="b">b</th><th data-key="nA">n_a</th><th data-key="nB">n_b</th><th data-key="nAB">n_ab</th><th data-key="c">c</th><th>n_ab/n_a</th><th>n_ab/n_b</th><th></th><th></th></tr></thead>
    <tbody id="pairs-body"></tbody>
  </table>
  <p id="pairs-more" class="note"></p>
</section>
<section id="panel-network" role="tabpanel" aria-labelledby="tab-network" hidden>
  <div class="tools">
    <label>Edges from n_ab ≥ <input id="threshold" type="range" min="1" max="50" value="1"> <span id="threshold-value">1</span></label>
    ${save('network-svg', 'Export SVG')} ${save('network-png', 'Export PNG')}
    <span class="note">Nodes are sized by mentions; click one to list its mentions.</span>
    <span id="network-note" class="note" role="status"></span>
  </div>
  <div id="network"></div>
</section>
<section id="panel-time" role="tabpanel" aria-labelledby="tab-time" hidden>
  <div class="tools">${save('time-csv', 'Export CSV')} ${save('time-svg', 'Export SVG')} ${save('time-png', 'Export PNG')}</div>
  <div id="choices"></div>
  <div id="timeline"></div>
  <p id="undated" class="note"></p>
</section>
<script nonce="${nonce}" src="${script.toString()}"></script>
</body>
</html>`;
}
