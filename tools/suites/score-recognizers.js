#!/usr/bin/env node
// Scores Microsoft Recognizers-Text (JavaScript, @microsoft/recognizers-text-suite) on the converted case
// files, with the rule the NUnit runner uses for ZoneExtract: a case passes when the expected spans are
// found exactly, each with the exact spec §4 value, and nothing else of the label.
//
// Usage (the package is installed outside the repository):
//   NODE_PATH=/work/staging/numbers-rt/node_modules TZ=UTC node tools/suites/score-recognizers.js tests/ZoneExtract.Tests/Specs
//
// Resolution → our value format:
// - currency: value + isoCurrency; a result with no amount (value "null", a bare currency name) or no ISO code is dropped;
// - percentage: value without %, as a plain decimal; a span with 百分点 gives {points}, otherwise {percent};
// - datetimeV2.date / datetimeV2.daterange: a date is one day; a range's end is exclusive in Recognizers-Text, so
//   the last day is end - 1. Where Recognizers-Text gives several readings (past and future), the case counts
//   as found when any reading matches: this favours Recognizers-Text.
'use strict';
const fs = require('fs');
const path = require('path');
const Recognizers = require('@microsoft/recognizers-text-suite');

const CULTURE = 'zh-cn';
const SUITES = [
  ['RecognizersCurrency', 'money'],
  ['JioMoney', 'money'],
  ['RecognizersPercent', 'percent'],
  ['RecognizersDate', 'date'],
  ['JioTime', 'date'],
];

function plainDecimal(text) {
  // Number strings such as "6E-05" or "2.02107211321364E+23" become plain decimals without trailing zeros.
  let [mantissa, exponent] = String(text).toUpperCase().split('E');
  exponent = Number(exponent || 0);
  let negative = mantissa.startsWith('-');
  if (negative) mantissa = mantissa.slice(1);
  let [whole, fraction = ''] = mantissa.split('.');
  let digits = whole + fraction;
  let point = whole.length + exponent;
  if (point <= 0) { digits = '0'.repeat(1 - point) + digits; point = 1; }
  if (point > digits.length) digits = digits + '0'.repeat(point - digits.length);
  whole = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  fraction = digits.slice(point).replace(/0+$/, '');
  const result = fraction ? `${whole}.${fraction}` : whole;
  return negative && result !== '0' ? `-${result}` : result;
}

function valueKey(value) {
  return Object.keys(value).sort().map(k => `${k}=${value[k]}`).join(';');
}

function day(text) {
  return text.slice(0, 10);
}

function previousDay(text) {
  const [y, m, d] = text.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d - 1));
  return date.toISOString().slice(0, 10);
}

/** Every reading of one result as [start, span, valueKeys[]]; null when the result has no value in our format. */
function readings(kind, text, result) {
  const start = result.start;
  const span = text.substring(result.start, result.end + 1);
  if (kind === 'money') {
    const r = result.resolution;
    if (!r || r.value === 'null' || r.value == null || !r.isoCurrency) return null;
    return [start, span, [valueKey({ amount: plainDecimal(r.value), currency: r.isoCurrency })]];
  }
  if (kind === 'percent') {
    const number = plainDecimal(result.resolution.value.replace('%', ''));
    const points = /百\s*分\s*[点點]/.test(span);
    return [start, span, [valueKey(points ? { points: number } : { percent: number })]];
  }
  if (result.typeName !== 'datetimeV2.date' && result.typeName !== 'datetimeV2.daterange') return null;
  const keys = [];
  for (const v of result.resolution.values) {
    if (v.type === 'date' && v.value) keys.push(valueKey({ start: day(v.value), end: day(v.value) }));
    else if (v.type === 'daterange' && v.start && v.end) keys.push(valueKey({ start: day(v.start), end: previousDay(day(v.end)) }));
  }
  return keys.length ? [start, span, keys] : null;
}

function recognize(kind, text, reference) {
  if (kind === 'money') return Recognizers.recognizeCurrency(text, CULTURE);
  if (kind === 'percent') return Recognizers.recognizePercentage(text, CULTURE);
  const [y, m, d] = reference.split('-').map(Number);
  return Recognizers.recognizeDateTime(text, CULTURE, undefined, new Date(y, m - 1, d, 12, 0, 0));
}

function passes(kind, spec) {
  const found = recognize(kind, spec.text, spec.reference)
    .map(result => readings(kind, spec.text, result))
    .filter(r => r !== null)
    .sort((a, b) => a[0] - b[0]);
  const expected = [...spec.expected].sort((a, b) => a.start - b.start);
  if (found.length !== expected.length) return false;
  return expected.every((e, i) => found[i][0] === e.start && found[i][1] === e.span && found[i][2].includes(valueKey(e.value)));
}

function main() {
  const root = process.argv[2] || 'tests/ZoneExtract.Tests/Specs';
  for (const [suite, kind] of SUITES) {
    const lines = fs.readFileSync(path.join(root, suite, 'cases.jsonl'), 'utf8').split('\n').filter(Boolean);
    const cases = lines.map(line => JSON.parse(line));
    let passed = 0;
    for (const spec of cases) {
      let ok = false;
      try { ok = passes(kind, spec); } catch (error) { ok = false; }
      if (ok) passed++;
    }
    console.log(`${suite}\t${passed}/${cases.length}\t${(passed / cases.length).toFixed(3)}`);
  }
}

main();
