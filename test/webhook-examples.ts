import examples from '@octokit/webhooks-examples';

export type WebhookPayload = { action?: string; ref?: string; [key: string]: unknown };

/** A real payload from @octokit/webhooks-examples, as GitHub sends it. */
export function webhookExample(event: string, pick: (example: WebhookPayload) => boolean = () => true): WebhookPayload {
  const found = (examples as { name: string; examples: WebhookPayload[] }[])
    .find((e) => e.name === event)
    ?.examples.find(pick);
  if (!found) throw new Error(`no ${event} example in @octokit/webhooks-examples`);
  return structuredClone(found);
}
