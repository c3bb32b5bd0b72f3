/** The Jackson serializer of Chancery's records, driven by the declared wire format. */
package io.github.chancery.json.ser;
