/** GET /api/ppp/labels: every PPP enumeration in the kit's one label shape (stages per edition). */
import { labelGroups } from '@gov-portal/kit/domain';
import { DISCLOSURE_MODES, INTERIM_DISCLOSURE_MODES } from './disclosure-modes';
import { PPP_EDITIONS, stageLabels } from './editions';
import { OPERATION_MODES, RETURN_MECHANISMS } from './modes';
import { SECTORS } from './sectors';

export const PPP_LABELS = labelGroups({
  sector: SECTORS,
  operationMode: OPERATION_MODES,
  returnMechanism: RETURN_MECHANISMS,
  disclosureMode: { ...INTERIM_DISCLOSURE_MODES, ...DISCLOSURE_MODES },
  edition: Object.fromEntries(PPP_EDITIONS.map((e) => [e.id, e.label])),
  ...Object.fromEntries(PPP_EDITIONS.map((e) => [`stage:${e.id}`, stageLabels(e)])),
});
