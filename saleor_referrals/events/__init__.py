"""Exclusive events: members invited with guest passes; a friend who redeems a pass
is the member's lead (F14)."""
