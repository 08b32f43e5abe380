// Sums Jest JSON reports and extra failed checks; prints "N passed, N failed" last; exits 1 on any failure.
'use strict';
const fs = require('node:fs');

const [extraFailures, ...reports] = process.argv.slice(2);
let passed = 0;
let failed = Number(extraFailures) || 0;
for (const file of reports) {
  if (!fs.existsSync(file)) {
    console.log(`${file}: no report (the run did not complete)`);
    failed += 1;
    continue;
  }
  const r = JSON.parse(fs.readFileSync(file, 'utf8'));
  // A suite that failed to run (boot error, syntax error) has no test results: count it as a failure.
  const brokenSuites = r.testResults.filter(
    (s) => s.status === 'failed' && s.assertionResults.length === 0,
  ).length;
  console.log(
    `${file}: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${brokenSuites} suites failed to run, ${r.numPendingTests} pending`,
  );
  passed += r.numPassedTests;
  failed += r.numFailedTests + brokenSuites + r.numPendingTests + r.numTodoTests;
  if (r.numTotalTests === 0) failed += 1;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
