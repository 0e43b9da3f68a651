namespace Conformance.Reporting;

/// <summary>The inline stylesheet of <c>summary.html</c> (no external fonts, images or scripts).</summary>
internal static class SummaryHtmlStyle
{
    public const string Css = """
        :root { --pass:#1a7f37; --pass-bg:#dafbe1; --fail:#cf222e; --fail-bg:#ffebe9; --warn:#9a6700; --warn-bg:#fff8c5;
                --skip:#57606a; --skip-bg:#eaeef2; --inconclusive:#8250df; --inconclusive-bg:#fbefff; --line:#d0d7de; --ink:#1f2328; --muted:#59636e; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: var(--ink); background: #f6f8fa; }
        main { max-width: 1200px; margin: 0 auto; padding: 24px; }
        header, section { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 16px 20px; margin-bottom: 16px; }
        h1 { margin: 0 0 8px; font-size: 24px; } h2 { margin: 0 0 12px; font-size: 20px; } h3 { margin: 0; font-size: 15px; }
        code, pre { font: 12.5px/1.45 ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; }
        pre { background: #f6f8fa; border: 1px solid var(--line); border-radius: 6px; padding: 8px 10px; white-space: pre-wrap; word-break: break-all; margin: 4px 0; }
        dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 8px 0 0; }
        dl.meta dt { color: var(--muted); } dl.meta dd { margin: 0; }
        .badge { display: inline-block; padding: 2px 10px; border-radius: 999px; font-weight: 700; font-size: 13px; vertical-align: middle; }
        .badge.pass { background: var(--pass-bg); color: var(--pass); } .badge.fail { background: var(--fail-bg); color: var(--fail); }
        .banner { background: var(--fail); color: #fff; border-radius: 8px; padding: 12px 20px; margin-bottom: 16px; font-weight: 600; }
        .banner ul { margin: 6px 0 0; font-weight: 400; }
        .scores { display: flex; flex-wrap: wrap; gap: 24px; align-items: center; margin-bottom: 16px; }
        .score .pct { display: block; font-size: 40px; font-weight: 700; line-height: 1.1; }
        .score .what { color: var(--muted); }
        .chips span { display: inline-block; margin-right: 6px; padding: 2px 8px; border-radius: 6px; font-weight: 600; }
        table { border-collapse: collapse; width: 100%; }
        th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
        thead th { background: #f6f8fa; font-weight: 600; }
        table.grid td { text-align: center; white-space: nowrap; font-weight: 700; }
        table.grid td small { display: block; font-weight: 400; }
        table.grid tr.group th { background: #eef1f4; font-weight: 700; }
        table.grid th.key { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-weight: 400; }
        .pass { background: var(--pass-bg); color: var(--pass); } .fail { background: var(--fail-bg); color: var(--fail); }
        .warn { background: var(--warn-bg); color: var(--warn); } .skip { background: var(--skip-bg); color: var(--skip); }
        .inconclusive { background: var(--inconclusive-bg); color: var(--inconclusive); }
        td.none { background: #fff; color: var(--line); }
        article.failure { border: 1px solid var(--line); border-left: 6px solid var(--fail); border-radius: 6px; padding: 10px 14px; margin: 0 0 12px; }
        article.failure.warn { border-left-color: var(--warn); background: #fff; color: var(--ink); }
        article.failure.fail { background: #fff; color: var(--ink); }
        article.failure dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 12px; margin: 8px 0 0; }
        article.failure dt { color: var(--muted); } article.failure dd { margin: 0; }
        blockquote { margin: 0; padding-left: 10px; border-left: 3px solid var(--line); color: var(--muted); }
        details summary { cursor: pointer; font-weight: 600; }
        footer { color: var(--muted); font-size: 12px; padding: 0 4px 24px; }
        """;
}
