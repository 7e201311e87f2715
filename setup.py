from pathlib import Path

from setuptools import find_namespace_packages, setup

README = Path(__file__).with_name("README.md")

setup(
    name="saleor-referrals",
    version="0.1.0",
    description=(
        "Customer referral program for Saleor: personal codes backed by native "
        "vouchers, two-sided rewards, store credit, held rewards and clawback."
    ),
    long_description=README.read_text(encoding="utf-8") if README.exists() else "",
    long_description_content_type="text/markdown",
    license="BSD-3-Clause",
    python_requires=">=3.12",
    # Namespace discovery, so the data folders (templates, catalogs) ship as well.
    packages=find_namespace_packages(include=["saleor_referrals", "saleor_referrals.*"]),
    include_package_data=True,
    package_data={
        "saleor_referrals": [
            "assets/*",
            "assets/**/*",
            "email_templates/*",
            "email_templates/**/*",
            "locale/*/LC_MESSAGES/*",
        ]
    },
    # Ranges that Saleor 3.23 and 3.24 accept, so that installing into Saleor's
    # environment never moves one of its pinned packages.
    install_requires=[
        "Django>=5.2,<5.3",
        "graphene>=2.1.9,<3",
        "graphql-core>=2.3.2,<3",
        "graphql-relay>=2.0.1,<3",
        "promise>=2.3,<3",
        "celery>=5.3,<6",
        "psycopg>=3.2,<4",
        "Babel>=2.14",  # numbering_system= (Persian and Arabic digits)
    ],
    extras_require={
        # App mode (saleor_referrals/app/): webhook signatures (Saleor signs with
        # PyJWT, RS256), the ASGI server of `saleor-referrals-app serve`, and
        # Saleor's GraphQL API over HTTP (commerce/graphql_client.py).
        "app": [
            "PyJWT[crypto]>=2.8,<3",
            "requests>=2.31,<3",
            "uvicorn>=0.30",
            "celery[redis]>=5.3,<6",
            "psycopg[binary]>=3.2,<4",
        ],
        "test": [
            "Django==5.2.17",
            "graphene==2.1.9",
            "graphql-core==2.3.2",
            "graphql-relay==2.0.1",
            "promise==2.3",
            "celery[redis]==5.5.3",
            "psycopg[binary]>=3.2.9,<3.3",
            "Babel>=2.14,<2.18",
            "pytest>=8.3,<9",
            "pytest-django==4.11.1",
            "hypothesis>=6.100,<7",
            "ruff>=0.12.2,<0.13",
            # Drives Debian's chromium (no browser download): tests/browser/.
            "playwright==1.65.2",
            # The App mode client (commerce/graphql_client.py) and its tests.
            "requests>=2.31,<3",
            # Builds docs/ (--strict: a broken link or anchor fails the test command).
            "mkdocs>=1.6,<2",
            # App mode's tests (tests/app/): the `app` extra's pins.
            "PyJWT[crypto]>=2.8,<3",
            "uvicorn>=0.30",
        ],
        # The load benchmarks (benchmarks/load/): not a test dependency, CI never
        # runs them. Locust drives real Saleor over HTTP from this environment.
        "bench": [
            "locust>=2.40,<3",
        ],
    },
    entry_points={
        "console_scripts": [
            "saleor-referrals-app = saleor_referrals.app.__main__:main",
        ],
        "saleor.plugins": [
            "saleor_referrals = saleor_referrals.plugin:ReferralsPlugin",
        ],
    },
    classifiers=[
        "Framework :: Django :: 5.2",
        "Programming Language :: Python :: 3.12",
    ],
)
