// Validates every answer the server tests received (logged by tests/common/TestHttp.cpp, one
// JSON line each) against server/openapi.yaml: the route and method must be documented, the
// status must be one the operation lists, the media type one it lists for that status, and a
// JSON body must satisfy the schema, checked by Ajv in JSON Schema 2020-12 mode (OpenAPI 3.1's
// dialect). A request outside every route (a probe of an unknown path or method) must still
// be answered with a valid problem document.
//   node openapi-responses.mjs OPENAPI_YAML LOG_DIR TEST_PROGRAM...
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const [specFile, logDir, ...programs] = process.argv.slice(2);
if (!specFile || !logDir || programs.length === 0) {
  console.error('usage: openapi-responses.mjs OPENAPI_YAML LOG_DIR TEST_PROGRAM...');
  process.exit(2);
}

const spec = yaml.load(readFileSync(specFile, 'utf8'));
// strict: false because OpenAPI adds annotation keywords (example, discriminator …) that a
// plain JSON Schema validator does not know; they carry no constraint.
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(spec, 'openapi');

const pointer = (parts) => parts.map((p) => String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

// Routes, literal ones before templated ones so /issuer/keys beats /issuer/{x}.
const routes = Object.keys(spec.paths).map((template) => ({
  template,
  params: (template.match(/\{[^}]+\}/g) || []).length,
  regex: new RegExp('^' + template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+') + '$'),
})).sort((a, b) => a.params - b.params);

function resolveResponse(location, response) {
  // A response object may be a $ref to #/components/responses/NAME.
  while (response && response.$ref) {
    const parts = response.$ref.replace(/^#\//, '').split('/').map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    location = parts;
    response = parts.reduce((node, key) => node?.[key], spec);
  }
  return { location, response };
}

const validators = new Map();
function validatorFor(parts) {
  const key = pointer(parts);
  if (!validators.has(key)) validators.set(key, ajv.compile({ $ref: `openapi#/${key}` }));
  return validators.get(key);
}

const problemSchema = ['components', 'schemas', 'Problem'];
const failures = [];
const seen = new Set();
let checked = 0;
let unrouted = 0;

function check(entry, where) {
  const mediaType = (entry.contentType || '').split(';')[0].trim().toLowerCase();
  const fail = (why) => failures.push(`${where}: ${entry.method} ${entry.path} → ${entry.status} ${mediaType}: ${why}`);
  const route = routes.find((r) => r.regex.test(entry.path));
  const operation = route && spec.paths[route.template][entry.method.toLowerCase()];
  if (!operation) {
    // Outside the contract on purpose (unknown path or method): the answer is a problem.
    unrouted++;
    if (entry.status < 400) return fail('a request outside every documented route succeeded');
    if (mediaType !== 'application/problem+json') return fail('not a problem document');
    return validateBody(entry, problemSchema, fail);
  }
  const opParts = ['paths', route.template, entry.method.toLowerCase()];
  const status = String(entry.status);
  const responses = operation.responses || {};
  const key = [status, `${status[0]}XX`, 'default'].find((k) => k in responses);
  if (!key) return fail(`status not documented for ${route.template} (documented: ${Object.keys(responses).join(', ')})`);
  seen.add(`${entry.method} ${route.template} ${key}`);
  const { location, response } = resolveResponse([...opParts, 'responses', key], responses[key]);
  const content = response.content || {};
  if (entry.status === 304 || entry.status === 204 || entry.method === 'HEAD') return checked++;
  if (Object.keys(content).length === 0) {
    if ((entry.body ?? '') !== '' || entry.bodySize > 0) return fail('a body where the contract documents none');
    return checked++;
  }
  if (!(mediaType in content)) return fail(`media type not documented (documented: ${Object.keys(content).join(', ')})`);
  if (!content[mediaType].schema || !mediaType.includes('json')) return checked++;
  return validateBody(entry, [...location, 'content', mediaType, 'schema'], fail);
}

function validateBody(entry, schemaParts, fail) {
  let body;
  try {
    body = JSON.parse(entry.body);
  } catch (error) {
    return fail(`body is not JSON: ${error.message}`);
  }
  const validate = validatorFor(schemaParts);
  if (!validate(body)) {
    const errors = validate.errors.slice(0, 5).map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ');
    return fail(`does not match #/${pointer(schemaParts)}: ${errors}`);
  }
  checked++;
}

for (const program of programs) {
  const file = join(logDir, `${program}.jsonl`);
  if (!existsSync(file)) {
    failures.push(`${program}: no responses logged (${file} is missing: did the test run?)`);
    continue;
  }
  const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
  if (lines.length === 0) failures.push(`${program}: no responses logged`);
  for (const line of lines) {
    const entry = JSON.parse(line);
    check(entry, `${program}::${entry.test}`);
  }
}

console.log(`openapi-responses: ${checked} answers valid, ${unrouted} outside every route, ` +
  `${seen.size} documented (operation, status) pairs exercised, ${failures.length} invalid`);
for (const failure of failures.slice(0, 60)) console.log(`  ${failure}`);
if (failures.length > 60) console.log(`  … and ${failures.length - 60} more`);
process.exit(failures.length === 0 ? 0 : 1);
