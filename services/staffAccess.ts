import { Activity } from 'botbuilder';
import { isAllowedServiceUrl } from '../channels/addresses';

/**
 * Who is staff: Teams users of the configured tenant, in one of the configured teams or channels, or named
 * in the allow-list of AAD object ids. With nothing configured nobody is staff over chat (the staff API
 * with its key still works).
 */
export interface StaffAccess {
  tenantId: string;
  teamIds: string[];
  channelIds: string[];
  aadObjectIds: string[];
}

/**
 * One rule for the server's inbound check and for stored conversation references: a reference whose
 * serviceUrl is not a channel we trust would make the bot POST handoffs (with customers' contact details)
 * wherever a forged activity pointed.
 */
export { isAllowedServiceUrl };

/** Only Teams says which tenant, team and AAD user a message comes from; every other channel is the public. */
const STAFF_CHANNEL = 'msteams';

interface TeamsChannelData {
  tenant?: { id?: unknown };
  team?: { id?: unknown };
  channel?: { id?: unknown };
}

function idOf(value: { id?: unknown } | undefined): string {
  return typeof value?.id === 'string' ? value.id : '';
}

/** AAD ids are GUIDs, which Microsoft writes in either case. */
function sameGuid(a: string, b: string): boolean {
  return a !== '' && a.toLowerCase() === b.toLowerCase();
}

/**
 * Is the sender of this activity one of our staff? Only on Teams, and only when the configuration names
 * them: a conversation in a configured team or channel of our tenant, or an allow-listed AAD user (of our
 * tenant, when one is configured, since the same id elsewhere is not our user).
 */
export function isStaff(activity: Pick<Partial<Activity>, 'channelId' | 'channelData' | 'from'>, staff: StaffAccess): boolean {
  if (activity.channelId !== STAFF_CHANNEL) return false;
  const data = (typeof activity.channelData === 'object' && activity.channelData !== null ? activity.channelData : {}) as TeamsChannelData;
  const tenant = idOf(data.tenant);
  const ourTenant = staff.tenantId !== '' && sameGuid(tenant, staff.tenantId);
  const aadObjectId = typeof activity.from?.aadObjectId === 'string' ? activity.from.aadObjectId : '';
  if (aadObjectId && staff.aadObjectIds.some((id) => sameGuid(aadObjectId, id)) && (staff.tenantId === '' || ourTenant)) return true;
  if (!ourTenant) return false;
  const team = idOf(data.team);
  const channel = idOf(data.channel);
  return (team !== '' && staff.teamIds.includes(team)) || (channel !== '' && staff.channelIds.includes(channel));
}

/**
 * May handoff cards go to this stored reference? Teams only (subscriptions made from Web Chat before staff
 * were checked must not keep receiving customers' details), our tenant when Teams names it, and a trusted
 * serviceUrl.
 */
export function isDeliverableReference(
  reference: { channelId?: string; serviceUrl?: string; conversation?: { tenantId?: string } },
  staff: StaffAccess,
  localMode: boolean,
): boolean {
  if (reference.channelId !== STAFF_CHANNEL) return false;
  const tenant = reference.conversation?.tenantId;
  if (staff.tenantId !== '' && tenant && !sameGuid(tenant, staff.tenantId)) return false;
  return isAllowedServiceUrl(reference.serviceUrl ?? '', localMode);
}
