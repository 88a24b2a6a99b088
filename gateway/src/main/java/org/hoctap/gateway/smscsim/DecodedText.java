package org.hoctap.gateway.smscsim;

/** Text read from a short_message and the label of the alphabet it came in. */
record DecodedText(String text, String encoding) {
}
