namespace Conformance.Reporting;

/// <summary>
/// The inline stylesheet of <c>summary.html</c> (no external fonts, images or scripts). Nothing is
/// wider than the window: grids use a fixed layout whose columns share the width, long words
/// (ids, URLs, curl lines) break anywhere, and the page never scrolls sideways (the browser check
/// measures it at 1400 and 800 px).
/// </summary>
internal static class SummaryHtmlStyle
{
    public const string Css = """
        :root { --pass:#1a7f37; --pass-bg:#dafbe1; --fail:#cf222e; --fail-bg:#ffebe9; --warn:#9a6700; --warn-bg:#fff8c5;
                --skip:#57606a; --skip-bg:#eaeef2; --inconclusive:#8250df; --inconclusive-bg:#fbefff; --line:#d0d7de; --ink:#1f2328; --muted:#59636e; }
        * { box-sizing: border-box; }
        html { overflow-wrap: anywhere; }
        body { margin: 0; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: var(--ink); background: #f6f8fa; }
        main { max-width: 1240px; margin: 0 auto; padding: 20px; }
        section, header { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 16px 20px; margin-bottom: 16px; min-width: 0; }
        h1 { margin: 0 0 8px; font-size: 20px; } h2 { margin: 0 0 10px; font-size: 18px; } h3 { margin: 0; font-size: 15px; }
        a { color: inherit; }
        code, pre { font: 12.5px/1.45 ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; }
        pre { background: #f6f8fa; border: 1px solid var(--line); border-radius: 6px; padding: 8px 10px; white-space: pre-wrap; word-break: break-all; margin: 4px 0; }
        pre.command { background: #0d1117; color: #e6edf3; border-color: #0d1117; }
        header.verdict { border: 0; color: #fff; padding: 18px 24px; }
        header.verdict.passed { background: var(--pass); } header.verdict.failed { background: var(--fail); } header.verdict.incomplete { background: var(--warn); }
        header.verdict .word { font-size: 44px; font-weight: 800; letter-spacing: 1px; line-height: 1.1; }
        header.verdict .reason { font-size: 18px; font-weight: 600; margin: 6px 0 2px; }
        header.verdict .line { margin: 0; opacity: .9; }
        .banner { background: var(--fail); color: #fff; border-radius: 8px; padding: 12px 20px; margin-bottom: 16px; font-weight: 600; }
        .banner ul { margin: 6px 0 0; font-weight: 400; }
        section.scores { display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: 12px; background: none; border: 0; padding: 0; }
        .card { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 14px 18px; }
        .card h2 { font-size: 16px; }
        .levels { display: flex; flex-wrap: wrap; gap: 8px 28px; margin-bottom: 10px; }
        .level .pct { display: block; font-size: 30px; font-weight: 700; line-height: 1.1; color: var(--pass); }
        .level.broken .pct { color: var(--fail); } .level.muted .pct { color: var(--muted); }
        .what { color: var(--muted); }
        .chips span { display: inline-block; margin: 0 6px 4px 0; padding: 1px 8px; border-radius: 6px; font-weight: 600; font-size: 13px; }
        .chips span.zero { background: #f6f8fa; color: var(--muted); font-weight: 400; }
        dl.meta { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 2px 16px; margin: 8px 0 0; }
        dl.meta dt { color: var(--muted); } dl.meta dd { margin: 0; }
        .badge { display: inline-block; padding: 2px 10px; border-radius: 999px; font-weight: 700; font-size: 13px; vertical-align: middle; }
        .badge.pass { background: var(--pass-bg); color: var(--pass); } .badge.fail { background: var(--fail-bg); color: var(--fail); }
        table { border-collapse: collapse; width: 100%; }
        th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
        thead th { background: #f6f8fa; font-weight: 600; }
        table.grid { table-layout: fixed; }
        table.grid col.key { width: 26%; } table.grid col.key.wide { width: 46%; }
        table.grid thead th { position: sticky; top: 0; z-index: 1; font-size: 11.5px; line-height: 1.3; font-weight: 400; padding: 4px; box-shadow: 0 1px 0 var(--line); }
        table.grid thead th .method { display: block; font-weight: 700; }
        table.grid td { text-align: center; font-weight: 700; font-size: 12px; padding: 3px 2px; }
        table.grid td a { text-decoration: none; display: block; }
        table.grid td a:hover { text-decoration: underline; }
        table.grid td small { display: block; font-weight: 400; font-size: 11px; }
        table.grid tr.group th { background: #eef1f4; font-weight: 700; }
        table.grid th.key { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-weight: 400; font-size: 12px; cursor: help; }
        .legend { color: var(--muted); font-size: 12.5px; margin: 0 0 8px; }
        .legend span { display: inline-block; padding: 0 6px; border-radius: 4px; font-weight: 700; }
        .pass { background: var(--pass-bg); color: var(--pass); } .fail { background: var(--fail-bg); color: var(--fail); }
        .warn { background: var(--warn-bg); color: var(--warn); } .skip { background: var(--skip-bg); color: var(--skip); }
        .inconclusive { background: var(--inconclusive-bg); color: var(--inconclusive); }
        td.none, .legend span.none { background: #fff; color: #8c959f; font-weight: 400; }
        .legend span.none { border: 1px solid var(--line); }
        article.failure { border: 1px solid var(--line); border-left: 6px solid var(--fail); border-radius: 6px; padding: 10px 14px; margin: 0 0 12px; }
        article.failure.warn { border-left-color: var(--warn); background: #fff; color: var(--ink); }
        article.failure.fail { background: #fff; color: var(--ink); }
        article.failure:target { box-shadow: 0 0 0 3px #0969da55; }
        article.failure dl { display: grid; grid-template-columns: 7em minmax(0, 1fr); gap: 4px 12px; margin: 8px 0 0; }
        article.failure dt { color: var(--muted); } article.failure dd { margin: 0; min-width: 0; }
        tr:target td { box-shadow: inset 0 0 0 2px #0969da88; }
        blockquote { margin: 0; padding-left: 10px; border-left: 3px solid var(--line); color: var(--muted); }
        details summary { cursor: pointer; font-weight: 600; }
        footer { color: var(--muted); font-size: 12px; padding: 0 4px 24px; }
        @media (max-width: 900px) {
          main { padding: 10px; } section, header { padding: 12px; }
          header.verdict .word { font-size: 34px; } header.verdict .reason { font-size: 16px; }
          table.grid col.key { width: 30%; } table.grid th.key { font-size: 11px; }
          table.grid thead th { font-size: 10.5px; padding: 2px; }
        }
        """;
}
