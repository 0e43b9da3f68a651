using System.Text;
using Conformance.Checks;
using Conformance.Execution;
using Conformance.Scenarios;

namespace Conformance.Reporting;

/// <summary>
/// The grids of <c>summary.html</c> (Autobahn's vendor grid): requirement × operation per contract,
/// and requirement × target per vendor when the run has several targets. They fit the page at any
/// width (fixed layout, operation names wrapped at their slashes, short cell words); the header row
/// stays in view while scrolling; a legend says what a cell means; hovering a requirement shows its
/// text; a FAIL, WARN, INCONCLUSIVE or SKIP cell links to the scenario that decided it.
/// </summary>
internal sealed class SummaryHtmlGrids(RunResult run)
{
    /// <summary>The scenarios behind each cell: (target, contract, operation slug, requirement key).</summary>
    private readonly ILookup<(string? Target, string Contract, string Operation, string Key), ScenarioResult> cells =
        run.Scenarios.ToLookup(s => (run.Info.Targets.Count > 1 ? s.Target : null, s.Scenario.Contract, s.Scenario.Operation.Slug, s.Scenario.Requirement.Key));

    public void WriteVendorGrid(StringBuilder html, ContractSection section)
    {
        var grid = VendorGrid.For(section);
        if (grid.Rows.Count == 0) return;
        var operations = grid.Operations.Select(label => section.Scenarios.First(s => s.Scenario.Operation.Label == label).Scenario.Operation).ToList();
        html.Append("<section class=\"grid\" id=\"grid-").Append(E(section.Anchor)).Append("\">\n<h2>").Append(E(section.Title)).Append(": requirements × operations</h2>\n");
        Legend(html);
        html.Append("<table class=\"grid\">\n<colgroup><col class=\"key\">").Append(string.Concat(operations.Select(_ => "<col>"))).Append("</colgroup>\n<thead><tr><th>Requirement</th>");
        foreach (var op in operations) html.Append("<th title=\"").Append(E(op.Label)).Append("\">").Append(OperationHeading(op.Method, op.Path)).Append("</th>");
        html.Append("</tr></thead>\n<tbody>\n");
        string? group = null;
        foreach (var row in grid.Rows)
        {
            if (row.Class != group)
            {
                group = row.Class;
                html.Append("<tr class=\"group\"><th colspan=\"").Append(operations.Count + 1).Append("\">").Append(E(group)).Append("</th></tr>\n");
            }

            var sample = operations.Select(op => cells[(section.Target, section.Contract, op.Slug, row.Key)].FirstOrDefault()).OfType<ScenarioResult>().First();
            html.Append("<tr><th class=\"key\" title=\"").Append(E(Hover(sample.Scenario.Requirement))).Append("\">").Append(E(row.Key)).Append("</th>");
            for (var i = 0; i < operations.Count; i++)
            {
                Cell(html, row.Cells[i], cells[(section.Target, section.Contract, operations[i].Slug, row.Key)].ToList(), operations[i].Label + ", " + row.Key);
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    /// <summary>Requirements × targets for one vendor: the targets (or the legacy and the current contract) side by side, a MUST score per column.</summary>
    public void WriteTargetGrid(StringBuilder html, TargetGrid grid)
    {
        if (grid.Rows.Count == 0) return;
        html.Append("<section class=\"grid\" id=\"targets-").Append(E(grid.Vendor)).Append("\">\n<h2>").Append(E(grid.Vendor)).Append(": targets side by side</h2>\n");
        Legend(html);
        html.Append("<table class=\"grid\">\n<colgroup><col class=\"key wide\">").Append(string.Concat(grid.Columns.Select(_ => "<col>"))).Append("</colgroup>\n<thead><tr><th>Requirement</th>");
        foreach (var column in grid.Columns)
        {
            var score = ConformanceScore.For(column);
            html.Append("<th>").Append(E(column.Target ?? "")).Append("<br><small>").Append(E(column.Contract)).Append(" · MUST ").Append(E(score.Must.PercentText))
                .Append(" (").Append(E(score.Must.Fraction)).Append(") · SHOULD ").Append(E(score.Should.PercentText)).Append(" (").Append(E(score.Should.Fraction)).Append(")</small></th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        string? group = null;
        foreach (var row in grid.Rows)
        {
            if (row.Class != group)
            {
                group = row.Class;
                html.Append("<tr class=\"group\"><th colspan=\"").Append(grid.Columns.Count + 1).Append("\">").Append(E(group)).Append("</th></tr>\n");
            }

            var behind = grid.Columns.Select(c => cells[(c.Target, c.Contract, row.Operation, row.Key)].ToList()).ToList();
            var sample = behind.SelectMany(b => b).First();
            html.Append("<tr><th class=\"key\" title=\"").Append(E(Hover(sample.Scenario.Requirement))).Append("\">").Append(E(sample.Scenario.Operation.Label)).Append(" <code>")
                .Append(E(row.Key)).Append("</code></th>");
            for (var i = 0; i < grid.Columns.Count; i++) Cell(html, row.Cells[i], behind[i], sample.Scenario.Operation.Label + ", " + row.Key);
            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void Legend(StringBuilder html) =>
        html.Append("<p class=\"legend\">Each cell: the worst verdict of the scenarios testing that requirement there, and how many had it. ")
            .Append("<span class=\"pass\">PASS</span> every check held · <span class=\"warn\">WARN</span> a SHOULD broken · <span class=\"fail\">FAIL</span> a MUST broken · ")
            .Append("<span class=\"inconclusive\">INC</span> the evidence cannot tell · <span class=\"skip\">SKIP</span> not run · <span class=\"none\">·</span> not tested there. ")
            .Append("Hover a requirement for its text; click a cell for its details.</p>\n");

    /// <summary>A cell: its verdict (short), the count, its meaning on hover; a link to the deciding scenario unless it passed.</summary>
    private static void Cell(StringBuilder html, GridCell? cell, IReadOnlyList<ScenarioResult> behind, string where)
    {
        if (cell is null)
        {
            html.Append("<td class=\"none\" title=\"").Append(E(where)).Append(": not tested\">·</td>");
            return;
        }

        var word = cell.Verdict == Verdict.Inconclusive ? "INC" : ReportText.Word(cell.Verdict);
        var count = cell.Matching == cell.Total ? ReportText.Number(cell.Total) : $"{cell.Matching}/{cell.Total}";
        var title = $"{where}: {ReportText.Word(cell.Verdict)} in {cell.Matching} of {cell.Total} scenarios";
        html.Append("<td class=\"").Append(SummaryHtmlRenderer.Css(cell.Verdict)).Append("\" title=\"").Append(E(title)).Append("\">");
        var decider = behind.FirstOrDefault(s => s.Verdict == cell.Verdict);
        if (cell.Verdict != Verdict.Pass && decider is not null) html.Append("<a href=\"#").Append(E(SummaryHtmlRenderer.Anchor(decider))).Append("\">").Append(word).Append("</a>");
        else html.Append(word);
        html.Append("<small>").Append(E(count)).Append("</small></td>");
    }

    /// <summary><c>PUT</c> above the path, which may wrap after each slash.</summary>
    private static string OperationHeading(string method, string path) =>
        $"<span class=\"method\">{E(method)}</span> {E(path).Replace("/", "/<wbr>", StringComparison.Ordinal)}";

    private static string Hover(ResolvedRequirement requirement) =>
        $"[{ReportText.LevelAndBasis(requirement.Level, requirement.Basis)}] {requirement.Id}: {ReportText.OneLine(requirement.Quote)} ({requirement.Source})";

    private static string E(string text) => SummaryHtmlRenderer.E(text);
}
