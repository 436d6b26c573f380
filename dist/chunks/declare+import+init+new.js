import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);

// src/scaffold/incident-id.ts
var MAX_SLUG_LENGTH = 50;
function slugify(title) {
  const slug = title.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  if (slug.length <= MAX_SLUG_LENGTH) return slug || "incident";
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  const lastBreak = cut.lastIndexOf("-");
  return (lastBreak >= MAX_SLUG_LENGTH / 2 ? cut.slice(0, lastBreak) : cut.slice(0, MAX_SLUG_LENGTH)).replace(
    /-+$/,
    ""
  );
}
function incidentId(started, title) {
  return `${started.text.slice(0, 10)}-${slugify(title)}`;
}

export {
  slugify,
  incidentId
};
