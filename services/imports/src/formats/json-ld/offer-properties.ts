import type { ContractType } from '../../plan';
import { FieldRefusal, knownZone, objectOrNull, textOrNull } from './source-values';

/** The `propertyID` prefix of the offer emitter's additional properties. */
export const PREFIX = 'passerelle:';

const CONTRACT_TYPES: readonly ContractType[] = [
  'STAFF',
  'CONSULTANCY',
  'JPO',
  'INDIVIDUAL_CONTRACTOR',
  'INTERNSHIP',
  'VOLUNTEER',
  'OTHER',
  'UNSPECIFIED',
];

export interface OfferProperties {
  contractType?: ContractType;
  contractLabel?: string;
  grade?: string;
  durationMonths?: number;
  languages?: { code: string; required: boolean }[];
  themes?: string[];
  programmeIds?: string[];
  deadlineTimeZone?: string;
  deadlineTimeZoneAssumed?: boolean;
  deadlineStated?: string;
  sourceLanguage?: string;
}

/** The `passerelle:` PropertyValues; others are someone else's and left alone. */
export function offerProperties(value: unknown, field: string): OfferProperties {
  const properties: OfferProperties = {};
  const items = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  items.forEach((item, index) => {
    const property = objectOrNull(item);
    const id = typeof property?.propertyID === 'string' ? property.propertyID : '';
    if (!property || !id.startsWith(PREFIX)) return;
    const valueField = `${field}${Array.isArray(value) ? `[${index}]` : ''}.value`;
    const text = () => {
      const given = textOrNull(property.value);
      if (!given) throw new FieldRefusal(valueField, `${id} must be a text`);
      return given;
    };
    const name = id.slice(PREFIX.length);
    switch (name) {
      case 'contractType': {
        const contract = text() as ContractType;
        if (!CONTRACT_TYPES.includes(contract)) throw new FieldRefusal(valueField, `unknown contract type ${JSON.stringify(contract)}`);
        properties.contractType = contract;
        break;
      }
      case 'contractLabel':
      case 'grade':
      case 'deadlineStated':
      case 'sourceLanguage':
        properties[name] = text();
        break;
      case 'durationMonths':
        if (typeof property.value !== 'number' || !Number.isInteger(property.value) || property.value < 1) {
          throw new FieldRefusal(valueField, 'must be a whole number of months, at least 1');
        }
        properties.durationMonths = property.value;
        break;
      case 'languageRequired':
      case 'languageAsset':
        (properties.languages ??= []).push({ code: text(), required: name === 'languageRequired' });
        break;
      case 'theme':
        (properties.themes ??= []).push(text());
        break;
      case 'programme':
        (properties.programmeIds ??= []).push(text());
        break;
      case 'deadlineTimeZone': {
        const zone = knownZone(text());
        if (!zone) throw new FieldRefusal(valueField, 'must be an IANA time zone such as "Africa/Kinshasa"');
        properties.deadlineTimeZone = zone;
        break;
      }
      case 'deadlineTimeZoneAssumed':
        if (typeof property.value !== 'boolean') throw new FieldRefusal(valueField, 'must be true or false');
        properties.deadlineTimeZoneAssumed = property.value;
        break;
      default:
      // a property of a later emitter: left alone, as schema.org readers leave what they do not know
    }
  });
  return properties;
}
