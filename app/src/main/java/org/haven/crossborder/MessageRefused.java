package org.haven.crossborder;

/** A message this node will not accept, and why: the reason goes back in a signed negative receipt. */
class MessageRefused extends RuntimeException {

    MessageRefused(String reason) {
        super(reason, null, false, false);
    }
}
