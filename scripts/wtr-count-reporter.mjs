// A web-test-runner reporter that only counts: it writes passed/failed/skipped to a JSON file so
// `npm test` can print one closing line for all runners.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export function countReporter(outputFile) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      const visit = (suite) => {
        for (const test of suite.tests) {
          if (test.skipped) totals.skipped++;
          else if (test.passed) totals.passed++;
          else totals.failed++;
        }
        suite.suites.forEach(visit);
      };
      for (const session of sessions) {
        if (session.testResults) visit(session.testResults);
        // A file that failed to load has no test results: count it as a failure.
        else if (!session.passed) totals.failed++;
      }
      mkdirSync(dirname(outputFile), { recursive: true });
      writeFileSync(outputFile, JSON.stringify(totals));
    },
  };
}
