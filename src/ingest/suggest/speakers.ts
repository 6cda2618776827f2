// The speaker reader lives in src/text/statements (the claim checker reads statements too); kept here for ingest's imports.
export { NAME_RUN, OFFICE, SAID, fold, officeLabel, personName, samePerson } from '../../text/statements/speakers.js';
