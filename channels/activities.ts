import { isAllowedServiceUrl } from './addresses';

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const OPTIONAL_STRINGS = ['id', 'text', 'locale', 'name', 'replyToId', 'timestamp', 'localTimestamp', 'deliveryMode', 'textFormat', 'inputHint', 'valueType'];
const OPTIONAL_OBJECTS = ['from', 'recipient', 'channelData'];
const OPTIONAL_ARRAYS = ['attachments', 'entities', 'membersAdded', 'membersRemoved', 'suggestedActions.actions'];

/** Which optional activity field has the wrong JSON type, if any: the adapter and dialogs assume these types. */
export function activityFieldProblem(body: JsonObject): string | undefined {
  for (const name of OPTIONAL_STRINGS) if (body[name] !== undefined && typeof body[name] !== 'string') return `"${name}" must be a string`;
  for (const name of OPTIONAL_OBJECTS) if (body[name] !== undefined && !isObject(body[name])) return `"${name}" must be an object`;
  for (const path of OPTIONAL_ARRAYS) {
    const [head, tail] = path.split('.');
    const value = tail ? (isObject(body[head]) ? (body[head] as JsonObject)[tail] : body[head] === undefined ? undefined : null) : body[head];
    if (value !== undefined && !Array.isArray(value)) return `"${path}" must be an array`;
  }
  for (const name of ['from', 'recipient']) {
    const account = body[name];
    if (isObject(account) && account.id !== undefined && typeof account.id !== 'string') return `"${name}.id" must be a string`;
  }
  return undefined;
}

/** What is wrong with a posted activity, or undefined when the adapter may have it. */
export function activityProblem(body: unknown, localMode: boolean): string | undefined {
  if (!isObject(body)) return 'the body must be a JSON object (a Bot Framework activity)';
  if (typeof body.type !== 'string' || !body.type) return 'the activity needs a "type"';
  if (typeof body.channelId !== 'string' || !body.channelId) return 'the activity needs a "channelId"';
  const conversation = body.conversation;
  if (!isObject(conversation) || typeof conversation.id !== 'string' || !conversation.id) return 'the activity needs "conversation.id"';
  const wrongType = activityFieldProblem(body);
  if (wrongType) return wrongType;
  // Whatever the delivery mode, a serviceUrl that is present is where the adapter would send (and sign) calls.
  if (body.serviceUrl !== undefined) {
    if (!isAllowedServiceUrl(body.serviceUrl, localMode)) {
      return localMode
        ? 'in local mode replies go only to a loopback serviceUrl; use "deliveryMode":"expectReplies" or a loopback serviceUrl'
        : '"serviceUrl" must be an https URL of a Bot Framework channel';
    }
  } else if (body.deliveryMode !== 'expectReplies') {
    return 'the activity needs a "serviceUrl", or "deliveryMode":"expectReplies"';
  }
  return undefined;
}
