import { describe, expect, it } from 'vitest';
import { readInputs, shouldFail, type FailOn } from '../../src/action/inputs';
import { DEFAULT_MAX_OPERATIONS } from '../../src/sync/budget';
import { ACTION_DEFAULTS } from './github-runner';

/** getInput as @actions/core answers it: the step's value over action.yml's default, trimmed. */
const given = (inputs: Record<string, string> = {}) =>
  readInputs((name) => ({ ...ACTION_DEFAULTS, ...inputs })[name]?.trim() ?? '');

describe('the inputs of the Action', () => {
  it('take the defaults of action.yml when a workflow sets none', () => {
    expect(given()).toEqual({
      command: 'auto',
      paths: [],
      config: undefined,
      failOn: 'error',
      token: '',
      maxOperations: 50,
      allowMassFiling: false,
      dryRun: false,
      period: undefined,
      reviewOutput: undefined,
    });
  });

  it('default to the same values when an input is missing altogether, so action.yml and the code agree', () => {
    expect(readInputs(() => '')).toEqual(given());
    expect(DEFAULT_MAX_OPERATIONS).toBe(Number(ACTION_DEFAULTS['max-operations']));
  });

  it('are frozen: no command can change what the workflow asked for', () => {
    const inputs = given({ paths: 'incidents' });
    expect(Object.isFrozen(inputs)).toBe(true);
    expect(Object.isFrozen(inputs.paths)).toBe(true);
  });

  it.each([
    [
      'command',
      'deploy',
      "Invalid value for 'command': must be one of auto, validate, sync, review, declare (got 'deploy')",
    ],
    [
      'command',
      'Validate',
      "Invalid value for 'command': must be one of auto, validate, sync, review, declare (got 'Validate')",
    ],
    ['fail-on', 'sometimes', "Invalid value for 'fail-on': must be one of error, warning, never (got 'sometimes')"],
    ['review-output', 'wiki', "Invalid value for 'review-output': must be one of summary, pr, issue (got 'wiki')"],
    ['max-operations', '-1', "Invalid value for 'max-operations': must be a non-negative whole number (got '-1')"],
    ['max-operations', '1.5', "Invalid value for 'max-operations': must be a non-negative whole number (got '1.5')"],
    ['max-operations', 'ten', "Invalid value for 'max-operations': must be a non-negative whole number (got 'ten')"],
    ['dry-run', 'yes', "Invalid value for 'dry-run': must be true or false (got 'yes')"],
    ['allow-mass-filing', 'yes', "Invalid value for 'allow-mass-filing': must be true or false (got 'yes')"],
    ['dry-run', '1', "Invalid value for 'dry-run': must be true or false (got '1')"],
  ])("reject %s: '%s' by the input's name, with the value received", (name, value, message) => {
    expect(() => given({ [name]: value })).toThrow(expect.objectContaining({ name: 'InputError', message }));
  });

  it('split paths on new lines and commas, trimmed, empty entries dropped', () => {
    expect(given({ paths: 'incidents/2026/a.md\nincidents/2026/b.md, incidents/2025\r\n\n , ' }).paths).toEqual([
      'incidents/2026/a.md',
      'incidents/2026/b.md',
      'incidents/2025',
    ]);
  });

  it.each([
    ['true', true],
    ['TRUE', true],
    ['True', true],
    ['false', false],
    ['FALSE', false],
    ['', false],
  ])("read dry-run: '%s' as %s", (value, dryRun) => {
    expect(given({ 'dry-run': value }).dryRun).toBe(dryRun);
  });

  it.each([
    ['0', 0],
    ['7', 7],
    ['250', 250],
    ['', DEFAULT_MAX_OPERATIONS],
  ])("read max-operations: '%s' as %s", (value, maxOperations) => {
    expect(given({ 'max-operations': value }).maxOperations).toBe(maxOperations);
  });

  it('take the config, period and review output as given, empty meaning unset', () => {
    expect(
      given({ config: 'ops/incidents.yml', period: '2026-Q1', 'review-output': 'issue', token: 'ghs_x' }),
    ).toMatchObject({
      config: 'ops/incidents.yml',
      period: '2026-Q1',
      reviewOutput: 'issue',
      token: 'ghs_x',
    });
  });
});

describe('fail-on', () => {
  it.each<[FailOn, number, number, boolean]>([
    ['error', 0, 0, false],
    ['error', 0, 3, false],
    ['error', 1, 0, true],
    ['warning', 0, 0, false],
    ['warning', 0, 1, true],
    ['warning', 1, 0, true],
    ['never', 4, 2, false],
  ])('%s with %i errors and %i warnings fails the step: %s', (failOn, errors, warnings, fails) => {
    expect(shouldFail(failOn, { errors, warnings })).toBe(fails);
  });
});
