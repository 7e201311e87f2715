"""What a store operator sees of the program on Saleor's own Dashboard pages.

`status` fills the read-only line of the plugin's form; `notes` writes the program's
steps into order and gift-card timelines; `drift` finds and undoes edits made in the
Dashboard that would break the program (README, "Edits in the Dashboard").
"""
