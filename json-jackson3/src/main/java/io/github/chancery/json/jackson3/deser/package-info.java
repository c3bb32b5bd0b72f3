/** The Jackson 3 deserializers of Chancery's records, values, dossiers and reports: strict whatever the mapper's settings. */
package io.github.chancery.json.jackson3.deser;
