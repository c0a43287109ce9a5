"""What the front desk takes away: the due-list CSV and (later) reminder letters."""
