/** The validator command: checks JSON dossiers and record files and prints their consistency reports. */
package io.github.chancery.examples.validate;
