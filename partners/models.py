# The city-partner organisations and the board arrive with issue 5.
