import path from "node:path";
import { pathToFileURL } from "node:url";
import { message } from "../../i18n/messages.js";
import { RULES, ruleInfo } from "../lint/catalogue.js";
import { summarize, type LintReport } from "./lint-report.js";
import { errorLine } from "../../report/common.js";
import { jsonText } from "../../report/json-bidi.js";
import { FINGERPRINT_KEY, fingerprints } from "./sarif-fingerprint.js";

const SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

/**
 * SARIF 2.1.0 (what GitHub code scanning and most static-analysis viewers read): one run, the whole rule
 * catalogue as the driver's rules, one result per finding. Columns are counted the way the YAML parser
 * counts them, in UTF-16 code units.
 */
export function formatSarif(report: LintReport): string {
  const used = report.files.flatMap((f) => f.findings.map((d) => d.code)).filter((code) => !RULES.some((r) => r.code === code));
  const rules = [...RULES, ...[...new Set(used)].map(ruleInfo)];
  const index = new Map(rules.map((r, i) => [r.code, i]));
  const artifacts = report.files.map((f) => f.file);
  const s = summarize(report);
  const log = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [{
      tool: {
        driver: {
          name: report.tool.name,
          version: report.tool.version,
          semanticVersion: report.tool.version,
          rules: rules.map((r) => {
            const text = message(report.lang, `lint-rule-${r.code}`);
            // GitHub code scanning requires fullDescription.text and help.text of every rule besides its
            // shortDescription (the SARIF multitool's GH2012 says so): the help names the rule and where it is documented.
            return {
              id: r.code,
              shortDescription: { text },
              fullDescription: { text },
              help: { text: `${text}. ${message(report.lang, "sarif-rule-help", { code: r.code })}` },
              defaultConfiguration: { level: r.severity },
              properties: { category: r.category },
            };
          }),
        },
      },
      language: report.lang,
      columnKind: "utf16CodeUnits",
      artifacts: artifacts.map((file) => ({ location: { uri: fileUri(file) } })),
      invocations: [{ executionSuccessful: s.unreadable === 0 }],
      results: report.files.flatMap((f, fileIndex) => {
        const prints = fingerprints(fileUri(f.file), f.findings);
        return f.findings.map((d, i) => ({
          ruleId: d.code,
          ruleIndex: index.get(d.code)!,
          level: d.severity,
          message: { text: errorLine(d, report.lang) },
          locations: [{
            physicalLocation: {
              artifactLocation: { uri: fileUri(f.file), index: fileIndex },
              ...(d.line !== undefined ? { region: { startLine: d.line, startColumn: d.col ?? 1, ...(d.length !== undefined ? { endColumn: (d.col ?? 1) + d.length } : {}) } } : {}),
            },
          }],
          partialFingerprints: { [FINGERPRINT_KEY]: prints[i]! },
          ...(d.path !== undefined ? { properties: { path: d.path } } : {}),
        }));
      }),
    }],
  };
  return jsonText(log);
}

/** A relative path stays a relative URI reference (code scanning resolves it against the repository); an absolute one becomes file://. */
export function fileUri(file: string): string {
  if (path.isAbsolute(file)) return pathToFileURL(file).href;
  return file.split(path.sep).join("/").split("/").map(encodeURIComponent).join("/");
}
