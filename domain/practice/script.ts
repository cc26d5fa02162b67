import { Playbook, playbookNamespace } from '../playbook';
import { motiveRulesFor, ruleKey } from '../latent/motives';

/**
 * The recommended question sequence of a playbook, layer by layer, for reps to study ("show script
 * broadband"). Built from the same keys the discovery dialogs ask with, so the script a rep studies is
 * the one the bot itself follows.
 */
export interface ScriptLine {
  /** Locale keys, first existing one wins. */
  keys: string[];
  params?: Record<string, { t: string[]; params?: Record<string, string> } | string>;
}

export interface ScriptLayer {
  id: 'rapport' | 'horizontal' | 'latent' | 'vertical' | 'consensus';
  lines: ScriptLine[];
}

function areaParam(id: string): ScriptLine['params'] {
  return { area: { t: [`areas:${id}`, 'discovery:area.unknown'], params: { area: id } } };
}

export function scriptOf(playbook: Playbook): ScriptLayer[] {
  const ns = playbookNamespace(playbook.id);
  const focus = playbook.focusOrder[0];
  const stages = ['describe', 'why1', 'why2', 'impactUnsolved', 'impactSolved'].filter(
    (s) => (s !== 'describe' || playbook.vertical.describe) && (s !== 'why2' || playbook.vertical.maxWhys >= 2),
  );
  const layers: ScriptLayer[] = [
    { id: 'rapport', lines: [{ keys: ['discovery:opening.ask'] }] },
    {
      id: 'horizontal',
      lines: playbook.areas.map((a) => ({ keys: [`${ns}:areas.${a.id}.ask`, `playbook-general:areas.${a.id}.ask`, 'discovery:area.askGeneric'], params: areaParam(a.id) })),
    },
    {
      id: 'latent',
      lines: [
        ...playbook.norms.map((n) => ({ keys: [`${ns}:norms.${n.id}.why`, 'discovery:latent.why.deviation'], params: { quote: '…' } })),
        ...motiveRulesFor(playbook.id).own.slice(0, 1).map((r) => ({ keys: [ruleKey(r, 'suggest')] })),
      ],
    },
    {
      id: 'vertical',
      lines: stages.map((s) => ({ keys: [`${ns}:areas.${focus}.${s}`, `playbook-general:areas.${focus}.${s}`, `discovery:vertical.${s}`], params: { ...areaParam(focus), quote: '…' } })),
    },
    {
      id: 'consensus',
      lines: [
        { keys: ['discovery:hypothesis.ask'], params: { statement: { t: ['practice:script.statement'] } } },
        { keys: ['discovery:consensus.ask'], params: { name: { t: ['practice:script.statement'] } } },
      ],
    },
  ];
  return layers.filter((l) => l.lines.length > 0);
}
