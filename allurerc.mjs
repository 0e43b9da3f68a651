// Allure 3 CLI configuration for the Conformance reports (used by scripts/render-allure.sh).
// singleFile: the report is ONE self-contained index.html. The default multi-file report fetches
// its data and stays on a loading spinner when opened from file://, which is how vendors open it.
import { defineConfig } from "allure";

export default defineConfig({
  name: "Conformance",
  output: "./allure-report",
  plugins: {
    awesome: {
      options: {
        singleFile: true,
        reportName: "Conformance",
        reportLanguage: "en",
        // vendor → operation → scenario class, as in summary.html
        groupBy: ["epic", "feature", "story"],
      },
    },
  },
  // The same rules as allure-results/categories.json (which Allure 2 readers use).
  categories: [
    { name: "MUST requirement broken", matchedStatuses: ["failed"], messageRegex: "[\\s\\S]*\\[MUST[\\],][\\s\\S]*" },
    { name: "SHOULD requirement broken (warning)", matchedStatuses: ["failed", "passed"], messageRegex: "[\\s\\S]*\\[SHOULD[\\],][\\s\\S]*" },
    { name: "No response (transport error)", matchedStatuses: ["broken"] },
    { name: "Inconclusive: the evidence cannot tell", matchedStatuses: ["unknown"] },
    { name: "Skipped (see the reason)", matchedStatuses: ["skipped"] },
  ],
});
