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
  <label>Count <select id="of"><option value="entities">entities with entities</option><option value="codes">codes with codes</option><option value="codes-entities">codes with entities</option></select></label>
  <label>Unit <select id="unit"></select></label>
  <label>Items <input id="top" type="number" min="2" max="300" value="25"></label>
  <label>Documents where <input id="where" type="text" placeholder="country=RUS and year>=2000" spellcheck="false"></label>
  <button type="button" id="apply">Apply</button>
  <span id="status" role="status" aria-live="polite">Counting…</span>
  <span id="filter-error" role="alert"></span>
</header>
<div role="tablist" id="tabs" aria-label="Views">
  <button type="button" role="tab" id="tab-matrix" aria-controls="panel-matrix" aria-selected="true">Matrix</button>
  <button type="button" role="tab" id="tab-network" aria-controls="panel-network" aria-selected="false" tabindex="-1">Network</button>
  <button type="button" role="tab" id="tab-time" aria-controls="panel-time" aria-selected="false" tabindex="-1">Over time</button>
  <button type="button" role="tab" id="tab-concordance" aria-controls="panel-concordance" aria-selected="false" tabindex="-1">Concordance</button>
</div>
<section id="panel-matrix" role="tabpanel" aria-labelledby="tab-matrix">
  <div class="tools">
    <label>Colour by <select id="measure"><option value="c">c-coefficient</option><option value="nAB">n_ab (units together)</option></select></label>
    <label>Order <select id="order"><option value="count">most frequent first</option><option value="name">by name</option></select></label>
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
    <span class="note">Nodes are sized by count; click an entity to list its mentions, a code for its concordance.</span>
    <span id="network-note" class="note" role="status"></span>
  </div>
  <div id="network"></div>
</section>
<section id="panel-time" role="tabpanel" aria-labelledby="tab-time" hidden>
  <div class="tools">
    <label>Group by <input id="group-by" type="text" value="year" list="attributes" spellcheck="false" title="year, or an attribute of the documents (genre, country…); Enter applies"></label>
    <label>Show <select id="rate"><option value="count">counts</option><option value="per10k">per 10,000 words</option></select></label>
    ${save('time-csv', 'Export CSV')} ${save('time-svg', 'Export SVG')} ${save('time-png', 'Export PNG')}
  </div>
  <div id="choices"></div>
  <div id="timeline"></div>
  <p id="ungrouped" class="note"></p>
</section>
<section id="panel-concordance" role="tabpanel" aria-labelledby="tab-concordance" hidden>
  <div class="tools">
    <label>Of <select id="kwic-kind"><option value="entity">entity</option><option value="code">code</option><option value="text">phrase</option></select></label>
    <input id="kwic-value" type="text" list="targets" spellcheck="false" aria-label="Entity id, code id or phrase" placeholder="russia">
    <datalist id="targets"></datalist><datalist id="attributes"></datalist>
    <label>Width <input id="kwic-width" type="number" min="10" max="300" value="50"></label>
    <label>Sort by <select id="kwic-sort"><option value="document">document</option><option value="date">date</option><option value="left1">1st word left</option><option value="left2">2nd word left</option><option value="right1">1st word right</option><option value="right2">2nd word right</option></select></label>
    <button type="button" id="kwic-go">Show</button>
    ${save('kwic-csv', 'Export CSV')}
  </div>
  <p id="kwic-status" class="note" role="status" aria-live="polite"></p>
  <table id="kwic"><tbody id="kwic-body"></tbody></table>
</section>
<script nonce="${nonce}" src="${script.toString()}"></script>
</body>
</html>`;
}
