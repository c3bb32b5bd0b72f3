/** The Jackson 3 serializers of Chancery's records, values, dossiers, reports and problems. */
package io.github.chancery.json.jackson3.ser;
