"""The shop's database: peewee models, opening and migrating, and the queries the services need."""
