import type { JourneyDoc } from './document';
import { newId } from './ids';
import type { Connector, Id } from './journey';

/** Joins two notes; a line from a note to itself, or a second identical line, is refused. */
export function addConnector(
  doc: JourneyDoc,
  fields: { from: Id; to: Id; label?: string; arrow?: boolean },
): { doc: JourneyDoc; connector: Connector | null } {
  if (fields.from === fields.to || !doc.notes[fields.from] || !doc.notes[fields.to]) {
    return { doc, connector: null };
  }
  const duplicate = Object.values(doc.connectors).some(
    (c) => c.from === fields.from && c.to === fields.to,
  );
  if (duplicate) return { doc, connector: null };
  const connector: Connector = {
    id: newId(),
    from: fields.from,
    to: fields.to,
    label: fields.label ?? '',
    arrow: fields.arrow ?? true,
  };
  return { doc: { ...doc, connectors: { ...doc.connectors, [connector.id]: connector } }, connector };
}

export function updateConnector(
  doc: JourneyDoc,
  id: Id,
  patch: Partial<Pick<Connector, 'label' | 'arrow'>>,
): JourneyDoc {
  const c = doc.connectors[id];
  if (!c) return doc;
  return { ...doc, connectors: { ...doc.connectors, [id]: { ...c, ...patch } } };
}

export function removeConnectors(doc: JourneyDoc, ids: Iterable<Id>): JourneyDoc {
  const connectors = { ...doc.connectors };
  let changed = false;
  for (const id of ids) {
    if (connectors[id]) {
      delete connectors[id];
      changed = true;
    }
  }
  return changed ? { ...doc, connectors } : doc;
}
