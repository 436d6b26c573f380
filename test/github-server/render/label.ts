import type { LabelRecord } from '../types';
import { nodeId, repoApiUrl, type View } from './view';

export function renderLabel(view: View, fullName: string, label: LabelRecord): Record<string, unknown> {
  return {
    id: label.id,
    node_id: nodeId('LA', label.id),
    // GitHub percent-encodes the name: ".../labels/good%20first%20issue".
    url: `${repoApiUrl(view, fullName)}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    color: label.color,
    default: label.default,
    description: label.description,
  };
}
