"""The standalone test server: our GraphQL API and plugin pages over real HTTP.

Browser tests run the console and the widget against it (pytest-django's
`live_server`), on real PostgreSQL, without Saleor. It stands in for the two things
Saleor provides around our code: `/graphql/` with staff sign-in (`tokenCreate`,
`me`) and the plugin routes `/plugins/.../saleor_referrals/<path>`.
"""
