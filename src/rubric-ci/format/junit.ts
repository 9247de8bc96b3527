import { xmlAttr, xmlText } from "./escape.js";

interface JunitProblem { type: string; message: string; body: string }
export interface JunitCase { classname: string; name: string; failure?: JunitProblem; error?: JunitProblem; output?: string }
export interface JunitSuite { name: string; cases: JunitCase[]; /** A note on the whole suite, after its cases. */ output?: string }

/** JUnit XML as CI servers read it: testsuites > testsuite > testcase with failure, error or system-out. */
export function junitXml(name: string, suites: JunitSuite[]): string {
  const count = (cases: JunitCase[]) => ({
    tests: cases.length,
    failures: cases.filter((c) => c.failure).length,
    errors: cases.filter((c) => c.error && !c.failure).length,
  });
  const all = count(suites.flatMap((s) => s.cases));
  const out = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<testsuites name="${xmlAttr(name)}" tests="${all.tests}" failures="${all.failures}" errors="${all.errors}">`,
  ];
  for (const suite of suites) {
    const c = count(suite.cases);
    out.push(`  <testsuite name="${xmlAttr(suite.name)}" tests="${c.tests}" failures="${c.failures}" errors="${c.errors}" skipped="0">`);
    for (const tc of suite.cases) {
      const open = `    <testcase classname="${xmlAttr(tc.classname)}" name="${xmlAttr(tc.name)}"`;
      const problem = tc.failure ? ["failure", tc.failure] as const : tc.error ? ["error", tc.error] as const : undefined;
      if (!problem && tc.output === undefined) { out.push(open + "/>"); continue; }
      out.push(open + ">");
      if (problem) out.push(`      <${problem[0]} type="${xmlAttr(problem[1].type)}" message="${xmlAttr(problem[1].message)}">${xmlText(problem[1].body)}</${problem[0]}>`);
      if (tc.output !== undefined) out.push(`      <system-out>${xmlText(tc.output)}</system-out>`);
      out.push("    </testcase>");
    }
    if (suite.output !== undefined) out.push(`    <system-out>${xmlText(suite.output)}</system-out>`);
    out.push("  </testsuite>");
  }
  out.push("</testsuites>");
  return out.join("\n") + "\n";
}
