import { notFound, validationFailed } from '../errors';
import { pageReply, paginate } from '../pagination';
import { renderLabel } from '../render/label';
import { repoRoute, type RepoContext, type Reply, type Route } from '../router';
import { DOC } from './docs';
import { objectBody, stringField } from './input';

/** GitHub lists labels by name, case-insensitively. */
function listLabels(ctx: RepoContext): Reply {
  const labels = [...ctx.repo.labels.values()].sort((a, b) => a.name.toLowerCase().localeCompare(b.name.toLowerCase()));
  const page = paginate(labels, ctx.search, ctx.linkBase);
  return pageReply({ ...page, items: page.items.map((l) => renderLabel(ctx.view, ctx.repo.full_name, l)) });
}

/** Lookup by name is case-insensitive: GET .../labels/BUG finds "bug". */
function getLabel(ctx: RepoContext): Reply {
  const label = ctx.repo.labels.get((ctx.params.name ?? '').toLowerCase());
  if (!label) throw notFound(ctx.doc);
  return { status: 200, body: renderLabel(ctx.view, ctx.repo.full_name, label) };
}

/**
 * 201, or 422 "already_exists" when a label of that name exists in any case.
 * A missing name is "missing_field"; a color that is not six hex digits
 * (a leading '#' is tolerated) is "invalid".
 */
function createLabel(ctx: RepoContext): Reply {
  const body = objectBody(ctx.body, ctx.doc);
  const name = stringField(body, 'name', ctx.doc);
  if (!name) throw validationFailed([{ resource: 'Label', code: 'missing_field', field: 'name' }], ctx.doc);
  const color = stringField(body, 'color', ctx.doc)?.replace(/^#/, '');
  if (color !== undefined && !/^[0-9a-fA-F]{6}$/.test(color)) {
    throw validationFailed([{ resource: 'Label', code: 'invalid', field: 'color' }], ctx.doc);
  }
  if (ctx.repo.labels.has(name.toLowerCase())) {
    throw validationFailed([{ resource: 'Label', code: 'already_exists', field: 'name' }], ctx.doc);
  }
  const description = stringField(body, 'description', ctx.doc, { nullable: true });
  const label = ctx.state.addLabel(ctx.repo.full_name, { name, color, description });
  const rendered = renderLabel(ctx.view, ctx.repo.full_name, label);
  return { status: 201, body: rendered, headers: { location: String(rendered.url) } };
}

export const labelRoutes: Route[] = [
  repoRoute('GET', '/repos/{owner}/{repo}/labels', DOC.listLabels, listLabels),
  repoRoute('POST', '/repos/{owner}/{repo}/labels', DOC.createLabel, createLabel),
  repoRoute('GET', '/repos/{owner}/{repo}/labels/{name}', DOC.getLabel, getLabel),
];
