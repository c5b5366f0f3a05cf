"""The service's HTTP routes, one module per area; ``api.create_app`` includes them all."""
