"""Layer 5: the client, the composition root. It puts the settings, the transport and the resources together."""
