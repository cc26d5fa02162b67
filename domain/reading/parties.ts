import type { Finder } from './types';
import { findContacts } from './parties/contact';
import { findOrganisations } from './parties/organisations';
import { findOwnName } from './parties/ownName';
import { findPeople } from './parties/people';
import { findPreference } from './parties/preference';

/** The parties of a message: people, organisations, contact details, the customer's own name and how to reach them. */
export const PARTY_FINDERS: readonly Finder[] = [findPeople, findOrganisations, findContacts, findOwnName, findPreference];
