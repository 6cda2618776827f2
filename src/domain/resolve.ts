import type { Group } from './group.js';
import type { RecordIndex } from './record-index.js';
import { type Result, domainError, err, ok } from './result.js';
import { type State, normaliseName } from './state.js';
import type { Treaty } from './treaty.js';

/** Finds a state by ISO code, name or any alias ("U.S.", "Türkiye", "Holy See"). */
export function resolveState(index: RecordIndex, text: string, field = 'state'): Result<State> {
  const iso3 = index.stateNames.get(normaliseName(text));
  const state = iso3 === undefined ? undefined : index.states.get(iso3);
  if (state) return ok(state);
  return err(domainError('unknown_state', `no state is called "${clip(text)}": give an ISO code (LTU, LT) or a name such as Lithuania`, field));
}

/** Finds a treaty by id or any name in use ("Ottawa Convention", "CCM"). */
export function resolveTreaty(index: RecordIndex, text: string, field = 'treaty'): Result<Treaty> {
  const id = index.treatyNames.get(normaliseName(text));
  const treaty = id === undefined ? undefined : index.treaties.get(id);
  if (treaty) return ok(treaty);
  return err(domainError('unknown_treaty', `no treaty is called "${clip(text)}": use one of ${[...index.treaties.keys()].join(', ')}`, field));
}

/** Finds a group (EU, NATO) by id or name. */
export function resolveGroup(index: RecordIndex, text: string, field = 'group'): Result<Group> {
  const id = index.groupNames.get(normaliseName(text));
  const group = id === undefined ? undefined : index.groups.get(id);
  if (group) return ok(group);
  return err(domainError('unknown_group', `no group is called "${clip(text)}": use one of ${[...index.groups.keys()].join(', ')}`, field));
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
