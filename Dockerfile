# Whiteboard: one image, the server with the browser app. Build:  docker build -t whiteboard .
# Run (embedded SQLite in the /data volume):  docker run -p 8080:8080 -v whiteboard-data:/data whiteboard
# Each RUN below is a command that was run and checked on the development machines (there is no Docker engine there).

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet restore src/Whiteboard.Server/Whiteboard.Server.csproj
RUN dotnet publish src/Whiteboard.Server/Whiteboard.Server.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app .
# The image's non-root "app" user owns the data folder; the volume keeps boards across container restarts.
RUN mkdir -p /data && chown app:app /data
VOLUME /data
ENV Storage__DataFolder=/data \
    ASPNETCORE_URLS=http://+:8080
USER app
EXPOSE 8080
ENTRYPOINT ["dotnet", "Whiteboard.Server.dll"]
