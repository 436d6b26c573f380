import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);

// src/validate/catalog/types.ts
function lines(...text) {
  return text.join("\n");
}

// src/validate/catalog/config.ts
var CONFIG = {
  title: "The config file (.incidents.yml)",
  rules: [
    {
      id: "config-not-mapping",
      severity: "error",
      summary: "the config is a set of 'key: value' lines",
      why: "Every setting is looked up by its key (severities, categories, services, ...); a list or a single value has no keys, so no command can run.",
      wrong: lines("- SEV1", "- SEV2"),
      right: lines("severities:", "  - id: SEV1", "    description: Most customers cannot order or pay.")
    },
    {
      id: "config-duplicate-id",
      severity: "error",
      summary: "severities, categories and services each list an id once",
      why: "Two entries with one id can disagree (two descriptions, two review deadlines), and nobody can tell which one applies.",
      wrong: lines("categories:", "  - id: deploy", "    description: A deploy introduced the failure.", "  - id: deploy", "    description: A release went wrong."),
      right: lines("categories:", "  - id: deploy", "    description: A deploy or release introduced the failure.")
    },
    {
      id: "config-goal-target",
      severity: "error",
      summary: "a goal's target is in its metric's unit (a count, a duration, a share) and can be met",
      why: "A batch review compares each goal with its target every period. A share above 100% or a time below zero is never met, and a duration compared with a percentage compares minutes with a fraction: the goal would show as missed for no reason.",
      wrong: lines("goals:", "  - name: Follow-ups get done", "    metric: follow_up_completion", '    target: ">= 120%"', "  - name: Fast mitigation", "    metric: time_to_mitigate", '    target: ">= 80%"'),
      right: lines("goals:", "  - name: Follow-ups get done", "    metric: follow_up_completion", '    target: ">= 80%"', "  - name: Fast mitigation", "    metric: time_to_mitigate", '    target: "<= 30m"')
    },
    {
      id: "config-unknown-severity",
      severity: "error",
      summary: "goals count only severities that the config defines",
      why: "A goal filtered on a severity that does not exist counts no incidents, so it would look met or missing for the wrong reason.",
      wrong: lines("severities:", "  - id: SEV1", "  - id: SEV2", "goals:", "  - name: Fast mitigation", "    metric: time_to_mitigate", "    where: { severity: [SEV0, SEV1] }", '    target: "<= 30m"'),
      right: lines("severities:", "  - id: SEV1", "  - id: SEV2", "goals:", "  - name: Fast mitigation", "    metric: time_to_mitigate", "    where: { severity: [SEV1, SEV2] }", '    target: "<= 30m"')
    }
  ]
};

// src/validate/catalog/files.ts
var FILES = {
  title: "Files and frontmatter",
  rules: [
    {
      id: "file-not-text",
      severity: "error",
      summary: "the file is UTF-8 text, not a binary file or another encoding",
      why: "The tools, GitHub and your colleagues all read incident files as UTF-8 text. A file in another encoding, or a binary file named .md, cannot be checked or read.",
      wrong: lines("incidents/2026/2026-03-04-checkout-errors.md", "  saved as Windows-1252, or a screenshot renamed to .md"),
      right: lines("incidents/2026/2026-03-04-checkout-errors.md", '  saved as UTF-8 (most editors: "Save with encoding")'),
      language: "text"
    },
    {
      id: "file-too-large",
      severity: "error",
      summary: "the file is at most 1 MiB",
      why: "An incident report is read by people; pasted logs and dumps bury what matters and slow every check. Link to them instead.",
      wrong: lines("## Timeline", "", "09:12 checkout-api log:", "(40,000 lines of pasted log)"),
      right: lines("## Timeline", "", "09:12 checkout-api starts failing; see the log excerpt:", "https://logs.example.com/saved/checkout-2026-03-04"),
      language: "markdown"
    },
    {
      id: "file-symlink",
      severity: "warning",
      summary: "incident files and folders are real ones, not symbolic links",
      why: "A link can point anywhere, even outside the repository, so it is never followed: the incident it points to, or the folder of incidents, is not checked.",
      wrong: lines("incidents/2026/checkout.md -> ../../notes/checkout.md"),
      right: lines("incidents/2026/2026-03-04-checkout-errors.md   (the file itself)"),
      language: "text"
    },
    {
      id: "frontmatter-missing",
      severity: "error",
      summary: "the file starts with a YAML frontmatter block between two '---' lines",
      why: "The fields at the top (id, status, severity, times) are what gets checked, counted and reviewed. Without the block the file is just prose.",
      wrong: lines("# Checkout errors after payment-gateway deploy", "", "Severity: SEV1, started 09:12 UTC"),
      right: lines("---", "id: 2026-03-04-checkout-errors", "title: Checkout errors after payment-gateway deploy", "status: investigating", "severity: SEV1", "started_at: 2026-03-04T09:12:00Z", "---", "# Checkout errors after payment-gateway deploy"),
      language: "markdown"
    },
    {
      id: "frontmatter-unclosed",
      severity: "error",
      summary: "the frontmatter block ends with a second '---' line",
      why: "Without the closing line, nobody can tell where the fields end and the report begins, so none of it can be read.",
      wrong: lines("---", "id: 2026-03-04-checkout-errors", "severity: SEV1", "# Checkout errors after payment-gateway deploy"),
      right: lines("---", "id: 2026-03-04-checkout-errors", "severity: SEV1", "---", "# Checkout errors after payment-gateway deploy"),
      language: "markdown"
    },
    {
      id: "frontmatter-not-mapping",
      severity: "error",
      summary: "the frontmatter is a set of 'field: value' lines, not a list or a single value",
      why: "Each field is looked up by its name; a list or a lone sentence has no names to look up.",
      wrong: lines("---", "- 2026-03-04-checkout-errors", "- SEV1", "---"),
      right: lines("---", "id: 2026-03-04-checkout-errors", "severity: SEV1", "---")
    }
  ]
};

// src/validate/catalog/follow-ups.ts
var FOLLOW_UPS = {
  title: "Follow-ups",
  rules: [
    {
      id: "follow-up-id-format",
      severity: "error",
      summary: "follow-up ids are slugs: lowercase letters, digits and hyphens",
      why: "The id links the follow-up to its GitHub issue for good, so it has to be simple, stable text.",
      wrong: lines("follow_ups:", "  - id: Canary Analysis", "    title: Add canary analysis to payment-gateway deploys"),
      right: lines("follow_ups:", "  - id: canary-analysis", "    title: Add canary analysis to payment-gateway deploys")
    },
    {
      id: "follow-up-id-duplicate",
      severity: "error",
      summary: "each follow-up id is used once within its incident",
      why: "Each id becomes exactly one GitHub issue; two follow-ups with one id would fight over the same issue.",
      wrong: lines("follow_ups:", "  - id: alerting", "    title: Alert on checkout 5xx rate", "  - id: alerting", "    title: Alert on payment latency"),
      right: lines("follow_ups:", "  - id: alert-checkout-5xx", "    title: Alert on checkout 5xx rate", "  - id: alert-payment-latency", "    title: Alert on payment latency")
    },
    {
      id: "follow-ups-required",
      severity: "error",
      summary: "a reviewed incident lists follow-ups, or says in no_follow_ups_reason why there are none",
      why: "A review that changes nothing is the first thing to question; writing down why nothing needs doing keeps that a decision, not an oversight.",
      wrong: lines("status: reviewed", "review:", "  date: 2026-03-10"),
      right: lines("status: reviewed", "review:", "  date: 2026-03-10", "follow_ups:", "  - id: canary-analysis", "    title: Add canary analysis to payment-gateway deploys", '    owner: "@alice"')
    },
    {
      id: "follow-ups-too-many",
      severity: "error",
      summary: "an incident has at most 100 follow-ups",
      why: "Each follow-up becomes a GitHub issue. Hundreds from one incident are a backlog or a generated list pasted in, not what one review decided; they would flood the tracker and drown the follow-ups that matter.",
      wrong: lines("follow_ups:", "  - id: fix-1", "    title: Fix number 1", "  # ... 500 more", "  - id: fix-501", "    title: Fix number 501"),
      right: lines("follow_ups:", "  - id: canary-analysis", "    title: Add canary analysis to payment-gateway deploys", "  - id: alert-checkout-5xx", "    title: Alert on checkout 5xx rate")
    },
    {
      id: "follow-up-owner",
      severity: "warning",
      summary: "each open follow-up has an owner",
      why: "Follow-ups that belong to nobody rarely get done, and the owner becomes the issue's assignee.",
      wrong: lines("follow_ups:", "  - id: canary-analysis", "    title: Add canary analysis to payment-gateway deploys"),
      right: lines("follow_ups:", "  - id: canary-analysis", "    title: Add canary analysis to payment-gateway deploys", '    owner: "@alice"')
    },
    {
      id: "follow-up-closed-at",
      severity: "warning",
      summary: "a follow-up marked done or not-planned (and not tracked by an issue) says when, in closed_at",
      why: "The batch review measures how fast follow-ups get done; without the date a finished follow-up cannot be counted.",
      wrong: lines("follow_ups:", "  - id: canary-analysis", "    title: Add canary analysis to payment-gateway deploys", "    status: done"),
      right: lines("follow_ups:", "  - id: canary-analysis", "    title: Add canary analysis to payment-gateway deploys", "    status: done", "    closed_at: 2026-04-02")
    }
  ]
};

// src/validate/catalog/references.ts
var REFERENCES = {
  title: "Ids and references",
  rules: [
    {
      id: "id-format",
      severity: "error",
      summary: "the id matches the id pattern: by default the start date and a lowercase slug",
      why: "Ids name files, link incidents to each other and to their follow-up issues. A predictable form keeps them unique, sortable and easy to type.",
      wrong: lines("id: Checkout Outage"),
      right: lines("id: 2026-03-04-checkout-errors")
    },
    {
      id: "id-duplicate",
      severity: "error",
      summary: "no two incident files in the repository share an id, even one that differs only in case",
      why: "Follow-up issues and references find an incident by its id; two incidents with one id get each other's issues and links. Ids that differ only in case name files that are one file on macOS and Windows.",
      wrong: lines("# incidents/2026/2026-03-04-checkout-errors.md and", "# incidents/2026/2026-03-04-checkout-errors-2.md both say:", "id: 2026-03-04-checkout-errors"),
      right: lines("# the second file:", "id: 2026-03-04-checkout-timeouts")
    },
    {
      id: "file-name-mismatch",
      severity: "warning",
      summary: "the file is named after its id: <id>.md",
      why: "People look for an incident by the id they saw in an issue or a chat; a file named otherwise is hard to find.",
      wrong: lines("# incidents/2026/checkout-outage.md", "id: 2026-03-04-checkout-errors"),
      right: lines("# incidents/2026/2026-03-04-checkout-errors.md", "id: 2026-03-04-checkout-errors")
    },
    {
      id: "reference-unknown",
      severity: "error",
      summary: "repeat_of and related name incidents that exist, with did-you-mean",
      why: "Repeats are how the batch review spots the same failure coming back; a reference to a missing id breaks that chain without anyone noticing.",
      wrong: lines("repeat_of: 2025-11-20-checkout-timeout"),
      right: lines("repeat_of: 2025-11-20-checkout-timeouts")
    },
    {
      id: "reference-self",
      severity: "error",
      summary: "an incident does not name itself in repeat_of or related",
      why: "An incident cannot repeat itself; it is usually a copied id where an earlier incident was meant.",
      wrong: lines("id: 2026-03-04-checkout-errors", "repeat_of: 2026-03-04-checkout-errors"),
      right: lines("id: 2026-03-04-checkout-errors", "repeat_of: 2025-11-20-checkout-timeouts")
    }
  ]
};

// src/validate/catalog/schema.ts
var SCHEMA = {
  title: "Fields and their values",
  rules: [
    {
      id: "list-too-long",
      severity: "error",
      summary: "no list holds more than 1,000 items (items past that are not checked)",
      why: "An incident file records one incident; a list of thousands is a pasted log or a generated mistake, and checking it item by item would make validation slow for everyone.",
      wrong: lines("services:", "  - checkout", "  - checkout", "  # ... 20,000 more lines"),
      right: lines("services: [checkout, payments-gateway]")
    },
    {
      id: "unknown-field",
      severity: "error",
      summary: "every field is one the schema knows, with did-you-mean for typos",
      why: "A misspelt field is silently ignored by everything that reads the file, so the value you wrote never counts. Usually it is a typo of a field that exists.",
      wrong: lines("serverity: SEV1", "started: 2026-03-04T09:12:00Z"),
      right: lines("severity: SEV1", "started_at: 2026-03-04T09:12:00Z")
    },
    {
      id: "required-field",
      severity: "error",
      summary: "the fields every incident needs are there: id, title, status, severity, started_at",
      why: "Without them an incident cannot be named, sorted, counted by severity or placed in time.",
      wrong: lines("id: 2026-03-04-checkout-errors", "status: investigating", "severity: SEV1"),
      right: lines("id: 2026-03-04-checkout-errors", "title: Checkout errors after payment-gateway deploy", "status: investigating", "severity: SEV1", "started_at: 2026-03-04T09:12:00Z")
    },
    {
      id: "required-by-status",
      severity: "error",
      summary: "each status has the fields it needs: mitigated_at, resolved_at, review.date",
      why: "The status promises a stage has been reached; the matching time is what makes durations and review deadlines measurable.",
      wrong: lines("status: resolved", "started_at: 2026-03-04T09:12:00Z", "mitigated_at: 2026-03-04T09:51:00Z"),
      right: lines("status: resolved", "started_at: 2026-03-04T09:12:00Z", "mitigated_at: 2026-03-04T09:51:00Z", "resolved_at: 2026-03-04T11:02:00Z")
    },
    {
      id: "title-format",
      severity: "error",
      summary: "the title is one line of at most 256 characters, and not blank",
      why: "The title is what lists, pull request comments and review tables show for the incident; a paragraph or a blank there helps nobody find it. 256 characters is GitHub's own limit for an issue title.",
      wrong: lines("title: |", "  Checkout errors", "  after the payment-gateway deploy broke the flag rollout in every region"),
      right: lines("title: Checkout errors after payment-gateway deploy", "impact:", "  summary: The flag rollout broke checkout in every region.")
    },
    {
      id: "field-type",
      severity: "error",
      summary: "each value has the right type: text, a number, true/false, a list or a set of fields",
      why: "A number written as text, or one service where a list is expected, cannot be counted or compared.",
      wrong: lines('near_miss: "no"', "services: checkout", "impact:", "  users_affected: about 1200"),
      right: lines("near_miss: false", "services: [checkout]", "impact:", "  users_affected: 1200")
    },
    {
      id: "allowed-values",
      severity: "error",
      summary: "fields with a fixed set of values use one of them (status, detection.method, priority, ...)",
      why: "Reports group incidents by these values; a value outside the set falls into no group and disappears from the numbers.",
      wrong: lines("status: closed", "detection:", "  method: pager"),
      right: lines("status: resolved", "detection:", "  method: alert")
    },
    {
      id: "field-empty",
      severity: "error",
      summary: "text fields and lists that must say something are not empty",
      why: "An empty title or reason looks filled in at a glance but tells the reader nothing.",
      wrong: lines('title: ""', 'no_follow_ups_reason: ""'),
      right: lines("title: Checkout errors after payment-gateway deploy", "no_follow_ups_reason: The failed vendor fixed it and no change on our side would have helped.")
    },
    {
      id: "field-range",
      severity: "error",
      summary: "numbers are within their range (users_affected at least 0, issue at least 1)",
      why: "A negative count or issue number is always a mistake, and it would skew every total it is added to.",
      wrong: lines("impact:", "  users_affected: -1"),
      right: lines("impact:", "  users_affected: 0")
    },
    {
      id: "duplicate-item",
      severity: "error",
      summary: "lists such as services, categories and related name each item once",
      why: "A service listed twice is counted twice in the trends of the batch review.",
      wrong: lines("services: [checkout, payments-gateway, checkout]"),
      right: lines("services: [checkout, payments-gateway]")
    },
    {
      id: "handle-format",
      severity: "error",
      summary: 'people and teams are GitHub handles like "@alice" or "@org/team", in quotes',
      why: "Handles become issue assignees and load counts; a plain name matches nobody on GitHub. In YAML a value starting with @ must be quoted.",
      wrong: lines("roles:", "  incident_commander: Alice Smith", "  responders: [carol]"),
      right: lines("roles:", '  incident_commander: "@alice"', '  responders: ["@carol"]')
    },
    {
      id: "field-format",
      severity: "error",
      summary: 'values with a fixed form have it (config durations like 5d, goal targets like "<= 30m", owner/name repos)',
      why: "These values are read by the tool, not only by people, so a form it does not understand cannot be used at all.",
      wrong: lines("goals:", "  - name: Fast mitigation", "    metric: time_to_mitigate", "    target: at most 30 minutes"),
      right: lines("goals:", "  - name: Fast mitigation", "    metric: time_to_mitigate", '    target: "<= 30m"')
    },
    {
      id: "schema",
      severity: "error",
      summary: "a catch-all: a schema check that has no rule of its own",
      why: "Every check in the JSON Schemas reports something, even one this tool has no dedicated words for yet. The message names the field and what the schema expects.",
      wrong: lines("# had the schema a limit of 200 characters on impact.summary:", "impact:", "  summary: (a 600-character paragraph)"),
      right: lines("impact:", "  summary: About 8% of checkouts failed for 31 minutes.")
    }
  ]
};

// src/validate/catalog/sections.ts
var SECTIONS = {
  title: "Review sections",
  rules: [
    {
      id: "review-section-missing",
      severity: "error",
      summary: "a reviewed incident has the sections its severity requires (review_sections in the config)",
      why: "The sections are what readers look for months later: what happened, who was affected, in what order, and why. Any heading level or case counts; headings inside code blocks do not.",
      wrong: lines("## Summary", "Checkout failed for 8% of customers.", "", "## Contributing factors", "The flag was enabled globally."),
      right: lines("## Summary", "Checkout failed for 8% of customers.", "", "## Timeline", "- 09:12 deploy of payments-gateway 4.2", "- 09:20 alert checkout-5xx-rate fires", "", "## Contributing factors", "The flag was enabled globally."),
      language: "markdown"
    },
    {
      id: "review-section-empty",
      severity: "warning",
      summary: "a required section has something under its heading",
      why: 'An empty heading looks done but tells the reader nothing. If there really is nothing to say, write "None." so it is clear that was a decision.',
      wrong: lines("## Impact", "", "## Timeline"),
      right: lines("## Impact", "About 8% of checkouts failed for 31 minutes; 1,200 customers saw an error.", "", "## Timeline"),
      language: "markdown"
    }
  ]
};

// src/validate/catalog/timestamps.ts
var TIMESTAMPS = {
  title: "Times and dates",
  rules: [
    {
      id: "timestamp-format",
      severity: "error",
      summary: "times are ISO 8601 timestamps: date, T, time and zone, like 2026-03-04T09:12:00Z",
      why: 'Durations such as time to detect and time to mitigate are computed from these fields; "Tuesday 9am" cannot be subtracted from anything.',
      wrong: lines("started_at: 4 March 2026, 09:12", "detected_at: 2026-03-04 9:20"),
      right: lines("started_at: 2026-03-04T09:12:00Z", "detected_at: 2026-03-04T09:20:00Z")
    },
    {
      id: "timestamp-zone",
      severity: "error",
      summary: "every timestamp says its time zone: Z for UTC or an offset such as +01:00",
      why: "Responders often sit in different time zones; without the zone, 09:12 can mean several different moments and durations come out hours wrong.",
      wrong: lines("started_at: 2026-03-04T09:12:00"),
      right: lines("started_at: 2026-03-04T09:12:00Z", "# or, in local time:", "started_at: 2026-03-04T10:12:00+01:00")
    },
    {
      id: "date-format",
      severity: "error",
      summary: "dates (review.date, due, closed_at) are written YYYY-MM-DD",
      why: "03/04/2026 is March in one country and April in another; the ISO form means the same everywhere and sorts correctly.",
      wrong: lines("review:", "  date: 10/03/2026"),
      right: lines("review:", "  date: 2026-03-10")
    },
    {
      id: "timestamp-order",
      severity: "error",
      summary: "started_at <= detected_at <= mitigated_at <= resolved_at, and the review comes after resolution (a warning)",
      why: "Times out of order give negative durations and spoil the batch review's numbers; it is usually a wrong time zone or a typo in the date.",
      wrong: lines("started_at: 2026-03-04T09:12:00Z", "detected_at: 2026-03-04T09:20:00+01:00   # 08:20 UTC, before the start"),
      right: lines("started_at: 2026-03-04T09:12:00Z", "detected_at: 2026-03-04T09:20:00Z")
    },
    {
      id: "timestamp-future",
      severity: "error",
      summary: "no time or date (timestamps, review.date, closed_at) lies in the future",
      why: "An incident record describes what has happened; a future time is nearly always a wrong year or time zone.",
      wrong: lines("resolved_at: 2062-03-04T11:02:00Z"),
      right: lines("resolved_at: 2026-03-04T11:02:00Z")
    },
    {
      id: "detected-at-missing",
      severity: "warning",
      summary: "an incident past investigating says when it was detected (detected_at)",
      why: "How long problems go unnoticed is one of the most useful numbers a review has, and it cannot be measured without detected_at.",
      wrong: lines("status: mitigated", "started_at: 2026-03-04T09:12:00Z", "mitigated_at: 2026-03-04T09:51:00Z"),
      right: lines("status: mitigated", "started_at: 2026-03-04T09:12:00Z", "detected_at: 2026-03-04T09:20:00Z", "mitigated_at: 2026-03-04T09:51:00Z")
    }
  ]
};

// src/validate/catalog/values.ts
var VALUES = {
  title: "Values from the config",
  rules: [
    {
      id: "severity-value",
      severity: "error",
      summary: "severity is one of the severities in .incidents.yml (by default SEV1 to SEV4)",
      why: "The severity decides which review sections are required and how fast the review is due. A severity the config does not define gets neither, and drops out of every count by severity.",
      wrong: lines("severity: high"),
      right: lines("severity: SEV1")
    },
    {
      id: "category-value",
      severity: "error",
      summary: "categories and contributing-factor categories come from the taxonomy in .incidents.yml",
      why: 'Trends compare incidents by category; "deployment" and "deploy" would be counted as two different things. Add a new category to the config when none fits.',
      wrong: lines("categories: [deployment]", "contributing_factors:", "  - category: third_party", "    description: The payment provider timed out."),
      right: lines("categories: [deploy]", "contributing_factors:", "  - category: third-party", "    description: The payment provider timed out.")
    },
    {
      id: "service-value",
      severity: "error",
      summary: "services come from the service catalog in .incidents.yml, when it has one",
      why: 'Repeats and trends are found per service; a name the catalog does not know ("checkout-svc" for "checkout") hides a repeat.',
      wrong: lines("services: [checkout-svc]"),
      right: lines("services: [checkout]")
    }
  ]
};

// src/validate/catalog/yaml.ts
var YAML = {
  title: "YAML",
  rules: [
    {
      id: "yaml-syntax",
      severity: "error",
      summary: "the frontmatter is valid YAML",
      why: 'One misplaced colon or quote makes the whole block unreadable, so nothing else in the file can be checked. Values that contain ": " or start with @, `, * or & need quotes.',
      wrong: lines("title: Checkout errors: payment gateway", "roles:", "  incident_commander: @alice"),
      right: lines('title: "Checkout errors: payment gateway"', "roles:", '  incident_commander: "@alice"')
    },
    {
      id: "yaml-duplicate-key",
      severity: "error",
      summary: "each field appears only once",
      why: "When a field appears twice, one of the values is silently lost; which one was meant is anyone's guess.",
      wrong: lines("severity: SEV2", "started_at: 2026-03-04T09:12:00Z", "severity: SEV1"),
      right: lines("severity: SEV1", "started_at: 2026-03-04T09:12:00Z")
    },
    {
      id: "yaml-tab",
      severity: "error",
      summary: "indentation uses plain spaces, never tabs or non-breaking spaces",
      why: "YAML does not allow tabs for indentation, and a tab (or a non-breaking space pasted from a chat) looks exactly like spaces in most editors, so the file breaks invisibly.",
      wrong: lines("detection:", "\u2192 method: alert    # \u2192 marks a tab character"),
      right: lines("detection:", "  method: alert")
    },
    {
      id: "yaml-tag",
      severity: "error",
      summary: "no YAML tags (!something) in the frontmatter",
      why: "Tags change what a value means and can make a YAML reader build objects; incident files only need plain text, numbers, true/false and lists.",
      wrong: lines("severity: !severity SEV1", "users_affected: !!float 1200"),
      right: lines("severity: SEV1", "users_affected: 1200")
    },
    {
      id: "yaml-alias",
      severity: "error",
      summary: "no YAML anchors (&name) or aliases (*name): each value is written where it is used",
      why: 'A value that comes from elsewhere in the file is easy to change in the wrong place, and a few lines of aliases can stand for billions of values (the "billion laughs"), enough to stall any tool that reads the file.',
      wrong: lines("roles:", '  incident_commander: &ic "@alice"', "review:", "  facilitator: *ic"),
      right: lines("roles:", '  incident_commander: "@alice"', "review:", '  facilitator: "@alice"')
    },
    {
      id: "yaml-too-deep",
      severity: "error",
      summary: "YAML is nested at most 20 levels deep",
      why: "No field is more than a few levels down, so deeper nesting is a mistake (brackets never closed, indentation that keeps growing) or an attempt to crash the tools that read the file.",
      wrong: lines("services: [[[[[[[[[[[[[[[[[[[[[checkout]]]]]]]]]]]]]]]]]]]]]"),
      right: lines("services: [checkout]")
    }
  ]
};

// src/validate/catalog/index.ts
var RULE_AREAS = [FILES, YAML, SCHEMA, TIMESTAMPS, VALUES, REFERENCES, FOLLOW_UPS, SECTIONS, CONFIG];

// src/validate/registry.ts
var DOCS_URL = "https://github.com/incidents-as-code/incidents-as-code/blob/main/docs/rules.md";
var RULE_CATALOG = RULE_AREAS.flatMap((area) => area.rules);
var BY_ID = new Map(RULE_CATALOG.map((rule) => [rule.id, rule]));
function ruleDoc(id) {
  return BY_ID.get(id);
}
function ruleDocsUrl(id) {
  return `${DOCS_URL}#${encodeURIComponent(id)}`;
}

export {
  RULE_AREAS,
  RULE_CATALOG,
  ruleDoc,
  ruleDocsUrl
};
