/** The page's accent, a neutral blue: links, focus rings and the histogram's bars (an svg fill attribute reads no CSS variable). */
export const ACCENT_COLOR = "#0969da";

/** The page's stylesheet, inline (its Content-Security-Policy allows no other): the screen's, then A4 print's. */
export const CSS = `
:root{--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--soft:#f6f8fa;--accent:${ACCENT_COLOR}}
*{box-sizing:border-box}
body{margin:0 auto;max-width:1100px;padding:24px;font:14px/1.45 system-ui,"Segoe UI",Roboto,"Noto Sans","Helvetica Neue",Arial,sans-serif;color:var(--fg);background:#fff}
h1{font-size:24px;margin:0 0 4px}h2{font-size:20px;margin:28px 0 4px;border-bottom:2px solid var(--line);padding-bottom:4px}h3{font-size:17px;margin:20px 0 4px}
.meta{color:var(--muted);margin:2px 0 10px}.code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12px;color:var(--muted);overflow-wrap:anywhere}
.sr-only{position:absolute;width:1px;height:1px;margin:-1px;padding:0;border:0;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap}
.skip{position:absolute;left:-10000px;top:8px}.skip:focus{left:8px;z-index:1;background:#fff;padding:4px 10px;border:2px solid var(--accent)}
.tag{display:inline-block;font-size:11px;padding:0 6px;border:1px solid var(--line);border-radius:10px;color:var(--muted);font-weight:normal}
.band{display:inline-block;white-space:nowrap;padding:1px 8px;border-radius:10px;background:#ddf4ff;color:#0550ae;font-weight:600}.band.none{background:var(--soft);color:var(--muted)}
.headline{font-size:16px;margin:6px 0 8px}.headline .total{font-size:26px;font-weight:700}
nav.contents{background:var(--soft);border:1px solid var(--line);border-radius:6px;padding:8px 16px;margin:12px 0}nav.contents h2{font-size:15px;border:0;margin:4px 0}
nav.contents ol{margin:4px 0;padding-left:20px}nav.contents ol.agencies{columns:2;font-size:13px}nav.contents li{break-inside:avoid}
@media (max-width:600px){nav.contents ol.agencies{columns:1}}
a{color:var(--accent);text-decoration:underline;text-underline-offset:2px}nav.contents a{text-decoration:none}nav.contents a:hover{text-decoration:underline}
a:focus-visible,summary:focus-visible,.scroll:focus-visible{outline:2px solid var(--accent);outline-offset:2px}
.scroll{overflow-x:auto;position:relative}.scroll>table{margin-bottom:4px}
.charts{display:flex;flex-wrap:wrap;gap:12px 24px;align-items:flex-start}
figure{margin:8px 0}figcaption{color:var(--muted);font-size:12px;margin-top:2px}
svg.chart{max-width:100%;height:auto;font:12px system-ui,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif}
svg .track{fill:#eaeef2;stroke:#8c959f;stroke-width:.5}svg .grid{stroke:#d8dee4;stroke-width:1}svg .axis{stroke:#8c959f}svg .tick{fill:#6e7781;font-size:10px}
svg .label{fill:#1f2328}svg .label.strong{font-weight:600}svg .value{fill:#1f2328;font-variant-numeric:tabular-nums}svg .muted text{fill:#59636e}
table{border-collapse:collapse;width:100%;margin:8px 0 12px;font-size:13px}caption{text-align:left;font-weight:600;padding:4px 0}caption.meta{font-weight:normal;font-size:12px}
th,td{border-bottom:1px solid var(--line);padding:3px 6px;text-align:left;vertical-align:top}th{background:var(--soft);font-weight:600}th[scope=row]{background:none;font-weight:inherit}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}td.strong{font-weight:700}
tr.muted>*{color:var(--muted)}tr.total>*{font-weight:700;border-top:2px solid var(--fg)}tr.depth-1>:nth-child(2){padding-left:20px}tr.depth-2>:nth-child(2){padding-left:34px}tr.depth-0>*{font-weight:600}
tr.lost td:first-child{box-shadow:inset 3px 0 #bc4c00}
table.indicators{table-layout:fixed}table.indicators tbody>tr>*{font-size:12px;overflow-wrap:break-word}table.indicators th.num{white-space:normal}table.indicators tr.repeat{display:none}
tr.verified-self>:not([rowspan]){border-bottom-style:dashed}.basis{font-size:11px;font-weight:600;color:var(--muted)}.group-rank{font-size:.85em;color:var(--muted);white-space:nowrap}.diff{font-size:11px;font-weight:600;white-space:normal}
ul.evidence{margin:0;padding-left:14px}ul.notes{margin:4px 0 8px;padding-left:18px;color:var(--muted)}.warn{color:#bc4c00}
details.indicators{margin:8px 0 16px}details.indicators summary{cursor:pointer;font-weight:600}
article.agency{border-top:1px solid var(--line);margin-top:20px;padding-top:4px}
.page-foot{margin-top:32px;color:var(--muted);font-size:12px;border-top:1px solid var(--line);padding-top:6px}
table.ranking th.num{white-space:normal}table.ranking .type{font-size:12px;color:var(--muted)}.not-scored-note{font-weight:600}
section.not-scored table,section.file-warnings table{table-layout:fixed}section.not-scored th:nth-child(1),section.file-warnings th:nth-child(1){width:24%}section.not-scored th:nth-child(2),section.file-warnings th:nth-child(2){width:22%}section.not-scored th:nth-child(3),section.file-warnings th:nth-child(3){width:11%}section.not-scored td,section.file-warnings td{overflow-wrap:anywhere}
@media screen{table.indicators{min-width:720px}table.ranking th[scope=row]{min-width:13em}table.ranking td,table.ranking th{padding:3px 4px}table.ranking thead th{font-size:12px}}
@page{size:A4;margin:14mm 12mm;@bottom-right{content:counter(page) " / " counter(pages);font:9pt system-ui,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:#6e7781}}
@page wide{size:A4 landscape;margin:12mm 14mm}
@media print{
 *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
 body{max-width:none;padding:0;font-size:10pt}
 nav.contents,.skip{display:none}.scroll{overflow:visible}
 a{color:inherit}
 h2,h3{break-after:avoid}
 section.rubric{break-before:page}section.rubric:first-of-type{break-before:auto}
 article.agency{break-before:page;border:0}
 body.single article.agency{break-before:auto}
 section.rubric:not(.ranked)>article.agency:first-of-type{break-before:auto}
 figure,tr,svg,.headline,table.groups{break-inside:avoid}figure.totals{break-inside:auto}
 tr.verified-self{break-after:avoid}
 thead{display:table-header-group}
 table.ranking{font-size:8pt}table.ranking th,table.ranking th.num{white-space:normal}table.ranking .type{display:none}table.ranking td,table.ranking th{padding:2px 3px}
 .charts{display:block}svg.chart{display:block}
 body.batch header.page-head,body.batch .not-scored-note,body.batch section.rubric.ranked>:not(article){page:wide}
 table.ranking.short{break-inside:avoid}
 details.indicators summary,.summary p.key{break-after:avoid}
 details.indicators{break-before:page}
 tr.muted>*{color:#59636e}
 table.indicators tr.repeat{display:table-row}table.indicators tr.repeat th{background:none;font-weight:600;border-bottom:1px solid var(--line)}
 svg.chart{max-width:100%}
 details.indicators:not([open]){display:none}
}
`.trim();
