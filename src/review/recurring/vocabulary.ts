/**
 * What the field knows about how follow-ups are written: words that carry
 * no remediation, the many names of one practice, and the verbs that say
 * which way a change goes. Everything else is learned from the corpus (see
 * vectors.ts): a word in most follow-ups, like an organisation's name,
 * weighs next to nothing there.
 */

/** Function words, and the boilerplate of trackers and status notes ("ticket raised", "team aware"). */
export const STOP_WORDS = new Set(
  `a an the and or nor but of to in on at by for from with without into onto over under than then when whenever
  while before after during until once per via as so if is are was were be been being it its this that these those
  there their them they we our us you your which who whom what how why where not no only also both either each every
  all any some other same own about above below between across against around up down out off again always never
  still just very really whole its itself can could will would may might must shall should need needs make sure
  ticket tickets raised created team teams aware discussed discuss done action actions further follow
  followup investigate investigated investigation look looked into note noted jira issue issues todo task tasks
  item items n a na tbd wip thing things stuff etc eg ie incident incidents outage outages work
  add use using run make set put get have has had do does keep ensure improve update change move check review
  consider evaluate allow require write fix start new better properly proper automatically possible old tune tuning
  configure adjust tweak relax process processes processing show display give
  one two three four five six seven eight nine ten first second third half double twice
  time times second seconds minute minutes min mins hour hours day days daily week weeks weekly month months
  monthly quarter year years percent ms`.split(/\s+/),
);

/**
 * Status notes, not remediations: a title that starts with one records what
 * happened to the follow-up ("ticket raised with the vendor", "follow up
 * with finance") and joins no theme.
 */
export const STATUS_NOTE = new RegExp(
  [
    '^(?:[a-z0-9 -]{1,30} )?(?:ticket (?:raised|created|opened|filed)|(?:raised|created|opened|filed) (?:a )?(?:jira )?ticket)',
    '^(?:[a-z0-9 -]{1,30} )?(?:follow(?:ed)? ?-?up with|talk(?:ed)? to|pair(?:ed)? with|thank)\\b',
    '\\bteam (?:aware|discussed|informed|notified)\\b',
    '\\bno (?:further )?actions?\\b',
    '^(?:done|n ?a|none|tbd|see (?:ticket|jira|issue))$',
  ].join('|'),
);

/**
 * Words arrive lower-cased and split on anything but letters and digits
 * ("on-call" is "on call"), so a phrase allows a space where people write a
 * hyphen or nothing.
 *
 * Phrases read as one word before anything else, so "roll back" meets
 * "rollback" and "log in" never meets "logs".
 */
export const PHRASES: readonly (readonly [RegExp, string])[] = [
  [/\broll(?:ed|ing|s)? ?back\b/g, 'rollback'],
  [/\bfail(?:ed|ing|s)? ?over\b/g, 'failover'],
  [/\bfall(?:s|ing)? ?back\b/g, 'fallback'],
  [/\bset ?up\b/g, 'setup'],
  [/\b(?:log|sign)(?:ged|ging)? ?(?:in|on)\b/g, 'login'],
  [/\bscale(?:d|s)? (?:up|out)\b/g, 'increase scale'],
  [/\bscale(?:d|s)? (?:down|in)\b/g, 'reduce scale'],
  [/\bbring(?:s|ing)? down\b/g, 'reduce'],
  [/\bturn(?:ed|ing|s)? off\b/g, 'disable'],
  [/\bturn(?:ed|ing|s)? on\b/g, 'enable'],
  [/\bwrite (?:down|up) how\b/g, 'runbook how'],
  [/\bdocument how\b/g, 'runbook how'],
  [/\brate ?limit/g, 'ratelimit'],
  // "page" the alert, not "the status page".
  [
    /\b(status|landing|product|web|home|error|login|checkout|search|results|help|front|wiki|detail|maintenance) pages?\b/g,
    '$1page',
  ],
  [/\bon ?call\b/g, 'oncall'],
  [/\btime(?:s|d)? ?out\b/g, 'timeout'],
  [/\blive ?ops\b/g, 'liveops'],
  [/\bpod disruption budgets?\b/g, 'pdb'],
  [/\bhealth ?checks?\b/g, 'healthcheck'],
  [/\bload balancers?\b/g, 'lb'],
  [/\bpull requests?\b/g, 'pr'],
  [/\bload ?shed/g, 'shed'],
  [/\b(?:load|stress|soak|capacity) ?test/g, 'loadtest'],
  [/\bgame ?days?\b/g, 'drill'],
  [/\bchaos (?:test|experiment|engineering)s?\b/g, 'drill'],
  [/\bavailability zones?\b/g, 'az'],
  [/\bout of memory\b/g, 'oom'],
  [/\bnotify (?:the )?on ?call\b/g, 'alert'],
  [/\bmonitor(?:ing)? the next\b/g, 'observe the next'],
  [/\bwatch(?:ing)? the next\b/g, 'observe the next'],
  [/\bconnection ?pool(?:s|ing|er|ers)?\b/g, 'connpool'],
  [/\bpg ?bouncer\b/g, 'connpool'],
  [/\bpoolers?\b/g, 'connpool'],
  [/\bno deploy(?:s|ments)?\b/g, 'freeze'],
  [/\bnon ?prod(?:uction)?\b/g, 'staging'],
  [/\bpre ?prod(?:uction)?\b/g, 'staging'],
  [/\btest (?:cluster|environment|env)\b/g, 'staging'],
];

/** The many names of one thing, after stemming the key: one canonical word each. */
export const SYNONYMS: Readonly<Record<string, string>> = {
  alert: 'alert',
  alarm: 'alert',
  page: 'alert',
  pager: 'alert',
  pagerduty: 'alert',
  monitor: 'alert',
  runbook: 'runbook',
  playbook: 'runbook',
  sop: 'runbook',
  procedure: 'runbook',
  document: 'runbook',
  documentation: 'runbook',
  doc: 'runbook',
  docs: 'runbook',
  dashboard: 'dashboard',
  graph: 'dashboard',
  panel: 'dashboard',
  certificate: 'cert',
  cert: 'cert',
  tls: 'cert',
  ssl: 'cert',
  expiry: 'expire',
  expire: 'expire',
  expiration: 'expire',
  renew: 'renew',
  renewal: 'renew',
  database: 'db',
  db: 'db',
  replica: 'replica',
  replication: 'replica',
  retry: 'retry',
  backoff: 'retry',
  idempotent: 'idempotent',
  idempotency: 'idempotent',
  dedupe: 'idempotent',
  deduplicate: 'idempotent',
  throttle: 'ratelimit',
  ratelimit: 'ratelimit',
  cache: 'cache',
  caching: 'cache',
  cached: 'cache',
  shed: 'shed',
  timeout: 'timeout',
  fallback: 'fallback',
  failover: 'failover',
  freeze: 'freeze',
  loadtest: 'loadtest',
  autoscale: 'autoscale',
  autoscaling: 'autoscale',
  autoscaler: 'autoscale',
  hpa: 'autoscale',
  canary: 'canary',
  staging: 'staging',
  production: 'prod',
  prod: 'prod',
  live: 'prod',
  drill: 'drill',
  chaos: 'drill',
  noise: 'noise',
  noisy: 'noise',
  flapping: 'noise',
  flap: 'noise',
  fatigue: 'noise',
  spam: 'noise',
  persist: 'persist',
  persistence: 'persist',
  persistent: 'persist',
  oom: 'oom',
  oomkill: 'oom',
  oomkilled: 'oom',
  oomkills: 'oom',
  memory: 'memory',
  mem: 'memory',
  ram: 'memory',
  shard: 'shard',
  split: 'shard',
  partition: 'shard',
  announce: 'announce',
  tell: 'announce',
  inform: 'announce',
  communicate: 'announce',
  notify: 'announce',
  test: 'test',
  testing: 'test',
  verify: 'test',
  rehearse: 'test',
  observe: 'observe',
  connpool: 'connpool',
  synthetic: 'synthetic',
  reconcile: 'reconcile',
  reconciliation: 'reconcile',
  revert: 'rollback',
  reversible: 'rollback',
  undo: 'rollback',
  rollback: 'rollback',
  remove: 'remove',
  delete: 'remove',
  decommission: 'remove',
  retire: 'remove',
  deprecate: 'remove',
  increase: 'increase',
  raise: 'increase',
  bigger: 'increase',
  larger: 'increase',
  more: 'increase',
  bump: 'increase',
  reduce: 'reduce',
  lower: 'reduce',
  decrease: 'reduce',
  cut: 'reduce',
  fewer: 'reduce',
  less: 'reduce',
  smaller: 'reduce',
  kubernetes: 'k8s',
  k8s: 'k8s',
  lb: 'lb',
  elb: 'lb',
  alb: 'lb',
  poddisruptionbudget: 'pdb',
  pdb: 'pdb',
};

/** Kinds of remediation: two follow-ups that each name some, and none the same, propose different things. */
export const PRACTICES = new Set([
  'alert',
  'dashboard',
  'runbook',
  'test',
  'drill',
  'loadtest',
  'canary',
  'cache',
  'ratelimit',
  'retry',
  'timeout',
  'autoscale',
  'fallback',
  'idempotent',
  'shed',
  'persist',
  'shard',
  'rollback',
  'failover',
  'freeze',
  'announce',
  'synthetic',
  'reconcile',
  'pdb',
  'connpool',
  'observe',
]);
/**
 * What is watched, written down or rehearsed, not changed in the system: a
 * follow-up that only produces one of these is never the same remediation
 * as one that changes the system and names no kind ("alert on CoreDNS
 * errors" is not "add CoreDNS replicas").
 */
export const OUTPUTS = new Set(['alert', 'dashboard', 'runbook', 'test', 'drill', 'loadtest', 'synthetic', 'observe']);

/** Which way a change goes: adding or raising something, or taking it away or lowering it. */
export type Polarity = 'up' | 'down';

export const POLARITY: Readonly<Record<string, Polarity>> = {
  add: 'up',
  create: 'up',
  introduce: 'up',
  enable: 'up',
  implement: 'up',
  install: 'up',
  setup: 'up',
  build: 'up',
  increase: 'up',
  extend: 'up',
  grow: 'up',
  remove: 'down',
  disable: 'down',
  silence: 'down',
  mute: 'down',
  drop: 'down',
  reduce: 'down',
};

/** Imperative titles name their action first: a direction word further in describes the problem ("without dropping traffic"). */
export const ACTION_WINDOW = 3;

/** How a theme names the kind of remediation its members share. */
export const PRACTICE_NAMES: Readonly<Record<string, string>> = {
  alert: 'alerting',
  dashboard: 'dashboards',
  runbook: 'runbooks',
  test: 'testing',
  drill: 'drills and game days',
  loadtest: 'load testing',
  canary: 'canary deploys',
  cache: 'caching',
  ratelimit: 'rate limiting',
  retry: 'retries and backoff',
  timeout: 'timeouts',
  autoscale: 'autoscaling',
  fallback: 'fallbacks',
  idempotent: 'idempotency',
  shed: 'load shedding',
  persist: 'persistence',
  shard: 'sharding',
  rollback: 'rollbacks',
  failover: 'failover',
  freeze: 'change freezes',
  announce: 'communication',
  synthetic: 'synthetic checks',
  reconcile: 'reconciliation',
  pdb: 'disruption budgets',
  connpool: 'connection pooling',
  observe: 'watching',
};
