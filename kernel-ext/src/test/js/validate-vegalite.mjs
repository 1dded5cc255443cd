// Validates Vega-Lite specs for real: against the official v5 JSON schema shipped in the npm package
// vega-lite (ajv), then compiles each with vega-lite and renders it headless with vega to SVG, so a
// spec that is schema-valid but cannot be drawn fails too.
//
//   node kernel-ext/src/test/js/validate-vegalite.mjs spec1.json [spec2.json ...]
//
// Prints one line per spec, "ok <file> (<n> marks in the SVG)" or "FAIL <file>: <reason>", and exits
// 1 when any fails, 2 for a usage error.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv';
import * as vl from 'vega-lite';
import * as vega from 'vega';

const require = createRequire(import.meta.url);
const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: validate-vegalite.mjs SPEC.json...');
  process.exit(2);
}
const schema = require('vega-lite/build/vega-lite-schema.json');
const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
// the schema's own formats: colours are checked; links are allowed by the schema (our specs have none,
// which the Java test checks)
ajv.addFormat('color-hex', /^#([0-9a-f]{3}|[0-9a-f]{6})$/i);
ajv.addFormat('uri', true);
ajv.addFormat('uri-reference', true);
const validate = ajv.compile(schema);
let failed = 0;
for (const file of files) {
  try {
    const spec = JSON.parse(readFileSync(file, 'utf8'));
    if (!validate(spec)) {
      const errs = validate.errors.slice(0, 5).map(e => `${e.instancePath || '/'} ${e.message}`).join('; ');
      throw new Error(`not valid against the Vega-Lite ${vl.version} schema: ${errs}`);
    }
    const warnings = [];
    const logger = { level() { return this; }, warn(...m) { warnings.push(m.join(' ')); return this; },
      info() { return this; }, debug() { return this; }, error(...m) { warnings.push(m.join(' ')); return this; } };
    const compiled = vl.compile(spec, { logger }).spec;
    if (warnings.length) throw new Error(`vega-lite warns: ${warnings.join(' | ')}`);
    const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
    const svg = await view.toSVG();
    view.finalize();
    const marks = (svg.match(/<path|<text|<line|<rect/g) || []).length;
    console.log(`ok ${file} (${marks} marks in the SVG)`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${file}: ${e.message}`);
  }
}
process.exit(failed ? 1 : 0);
